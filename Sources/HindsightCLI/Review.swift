import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight review YEAR`: the yearly review report.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review",
      abstract: "Write the yearly review of YEAR as Markdown or a self-contained HTML page.",
      discussion: """
        The review tells the story of one year as of its 31 December, with everything the \
        ledger knew by --known-by (default: now): a summary, every forecast resolved during \
        the year with its evidence chain, the year-end scoreboard and its changes, reliability \
        diagrams, the Brier score over time, the editor's to-do list, the amendments of the \
        year and the ledger's head hash (docs/reviews.md). YEAR sets the as-of date, so \
        --as-of is refused.
          hindsight review 2025 > review-2025.md
          hindsight review 2025 --format html --output review-2025.html
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The year to review, e.g. 2025.", valueName: "year"))
    var year: String

    @Option(
      parsing: .unconditional,
      help: "Output format: md (Markdown) or html (one self-contained page).")
    var format: ReviewFormatOption = .md

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "Write the review to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
      let now = Date()
      let year = try Self.validYear(year, now: now)
      if let asOf = global.asOf {
        throw CLIError.conflictingOptions(
          "--as-of '\(asOf)' cannot be used with review: the review is always as of 31 December of \(year); use --known-by to choose what the ledger knew."
        )
      }
      if let output {
        try OutputGuard.check(
          output,
          against: OutputGuard.files(
            ledger: global.ledgerPath, journal: global.journalPath, catalog: global.catalogPath))
      }
      let workspace = try Workspace.open(global, now: now)
      // What is being done, on a terminal, until the review is written: a large ledger's year
      // takes seconds.
      var status = StatusLine()
      defer { status.clear() }
      status.show("Reviewing \(year): resolving and scoring every forecast…")
      let report = try workspace.review(of: year)
      status.clear()
      // Streamed, to standard output or a file: the review of a large ledger's year is tens
      // of megabytes.
      let write = format == .md ? ReviewMarkdown.write : ReviewHTML.write
      func emit(to handle: FileHandle) {
        var out = BufferedOutput(handle)
        write(report) { line in out.append { $0.append(contentsOf: line.utf8) } }
        out.flush()
      }
      guard let output else { return emit(to: .standardOutput) }
      do {
        try Self.replace(output, emit)
      } catch {
        throw CLIError.invalidValue(
          option: "--output", value: output,
          hint:
            "the file could not be written (\((error as? WriteFailure)?.description ?? error.localizedDescription)); check the directory exists and is writable."
        )
      }
      FileHandle.standardError.write(Data("Wrote the \(year) review to \(output)\n".utf8))
    }

    /// Writes the file at `path` whole or not at all: `body` writes a new file beside it,
    /// which then takes its place (a rename, so a reader never sees half a review). A failure
    /// is thrown as the system's reason (`strerror`).
    static func replace(_ path: String, _ body: (FileHandle) throws -> Void) throws {
      let url = URL(fileURLWithPath: path)
      let partial = url.deletingLastPathComponent().appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial"
      ).path
      let descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard descriptor >= 0 else { throw WriteFailure.system(errno) }
      do {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try body(handle)
        try handle.close()
        guard rename(partial, path) == 0 else { throw WriteFailure.system(errno) }
      } catch {
        unlink(partial)
        throw error
      }
    }

    /// Why a file could not be written, in the system's words.
    struct WriteFailure: Error, CustomStringConvertible {
      let description: String

      static func system(_ code: Int32) -> WriteFailure {
        WriteFailure(description: String(cString: strerror(code)))
      }
    }

    static func validYear(_ text: String, now: Date) throws -> Int {
      let latest = Day(containing: now).year + 1
      guard text.count == 4, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber),
        let year = Int(text), (1900...latest).contains(year)
      else {
        throw CLIError.invalidValue(
          option: "YEAR", value: text,
          hint: "write a four-digit year from 1900 to \(latest), e.g. 2025.")
      }
      return year
    }
  }
}

/// Formats of `review`.
enum ReviewFormatOption: String, ExpressibleByArgument, CaseIterable {
  case md, html
}
