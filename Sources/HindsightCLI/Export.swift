import ArgumentParser
import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight export`: the whole ledger, for archiving and checking elsewhere.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the whole ledger (jsonl) or every forecast (csv) to standard output.",
      discussion: """
        --format jsonl (the default) writes every entry as one JSON object a line, in seq \
        order, with its prev_hash and hash, so the ledger can be archived and its chain \
        re-verified anywhere (docs/ledger.md says how).
          hindsight export > ledger-2026-11-29.jsonl

        --format csv writes every forecast (catalog and imported) as the flat CSV that \
        `hindsight import` reads, with outcome and resolved_on from the resolver at the cut \
        (--as-of, --known-by):
          hindsight export --format csv --as-of 2025-12-31 > forecasts.csv
        """)

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: "Output format: jsonl or csv.")
    var format: ExportFormat = .jsonl

    func run() throws {
      let workspace = try Workspace.open(global)
      switch format {
      case .jsonl:
        var output = StandardOutput()
        try workspace.ledger.exportJSONLines(to: &output)
      case .csv:
        var output = BufferedOutput()
        output.append { $0.append(contentsOf: FlatCSV.headerLine.utf8) }
        try workspace.forEachFlatRow { row in output.append { FlatCSV.appendLine(row, to: &$0) } }
        output.flush()
      }
    }
  }
}

/// Formats of `export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl, csv
}

/// Standard output as a text stream, written through a buffer.
struct StandardOutput: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardOutput.write(Data(string.utf8))
  }
}
