import ArgumentParser
import Foundation
import HindsightStore

extension HindsightCommand {
  /// `hindsight export`: the whole ledger, for archiving and checking elsewhere.
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the whole ledger to standard output, one entry a line with its hashes.",
      discussion: """
        --format jsonl (the default) writes every entry as one JSON object a line, in seq \
        order, with its prev_hash and hash, so the ledger can be archived and its chain \
        re-verified anywhere (docs/ledger.md says how).
          hindsight export > ledger-2026-11-29.jsonl
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: jsonl.")
    var format: ExportFormat = .jsonl

    func run() async throws {
      let workspace = try Workspace.open(global)
      var output = StandardOutput()
      try workspace.ledger.exportJSONLines(to: &output)
    }
  }
}

/// Formats of `export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl
}

/// Standard output as a text stream, written through a buffer.
struct StandardOutput: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardOutput.write(Data(string.utf8))
  }
}
