import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight import FILE`: a whole file of forecasts as one ledger entry.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import a CSV file of forecasts (and their outcomes) as one ledger entry.",
      discussion: """
        --format csv (the default) reads the flat CSV of docs/import.md, one forecast a row:
          speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags
        --format fatebook reads Fatebook's CSV export.

        Each row becomes a binary question (once per question id), a forecast, and — when it \
        has an outcome — a verdict, all recorded as one bulk_import entry in one transaction. \
        Every row is checked first: if any is bad, every problem is listed as FILE:ROW: message \
        and nothing is imported. Ids must not already be in the catalog.

        Importing an updated export again adds only what is new: new speakers, questions and \
        forecasts, and outcomes for forecasts imported earlier without one, as one new entry. \
        A row the ledger already holds is skipped; one that gives an imported id another name, \
        title, value or outcome is refused, naming the earlier entry. When nothing is new, \
        nothing is written.
          hindsight import forecasts.csv
          hindsight import fatebook-export.csv --format fatebook
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file to import.", valueName: "file"))
    var file: String

    @Option(parsing: .unconditional, help: "The file's format: csv or fatebook.")
    var format: ImportFormat = .csv

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Who records the import (default: the login name).", valueName: "name"))
    var author: String?

    func run() throws {
      // The file is examined before the workspace opens, so a file that cannot be imported
      // stops the command before the catalog sync writes anything.
      let input: InputFile
      do {
        input = try InputFile(path: file, limit: CSVReader.maxFileBytes)
      } catch {
        let hint =
          switch error.problem {
          case .missing, .unreadable: "no such file, or it cannot be read."
          case .notRegular(let kind):
            "it is \(kind), not a regular file; give the path of a CSV file."
          case .tooLarge(let size, let limit):
            "it is \(InputFile.bytes(size)), more than the \(InputFile.bytes(limit)) an import may read; split it into several files."
          }
        throw CLIError.invalidValue(option: "FILE", value: file, hint: hint)
      }
      let size = input.size
      let now = Date()
      let workspace = try Workspace.open(global, author: author, now: now)
      var progress = ImportProgress(totalBytes: size)
      // The line is cleared before anything else is printed, the import written or refused.
      defer { progress.finish() }
      var reader = CSVReader { count in try input.read(upToCount: count) }
      var counts = (speakers: 0, questions: 0, verdicts: 0)
      let result = try workspace.ledger.bulkImport(
        file: URL(fileURLWithPath: file).lastPathComponent, format: format,
        author: author ?? Author.current, at: now, expectedRows: Int(size / 128)
      ) { existing, sink in
        var validator = ImportValidator(file: file, existing: existing)
        switch format {
        case .csv:
          try FlatImport.read(&reader, into: &validator, sink: &sink, progress: &progress)
        case .fatebook:
          try FatebookImport.read(&reader, into: &validator, sink: &sink, progress: &progress)
        }
        progress.writing()
        if sink.questionTags.isEmpty { sink.questionTags = validator.questionTags() }
        counts = (validator.newSpeakers, validator.newQuestions, validator.verdicts)
        return (validator.report, validator.badRows)
      }
      progress.finish()
      print(Self.summary(of: result, file: TerminalText.visible(file), counts: counts))
    }

    /// What the command prints once the import is done: the first import of a file in full,
    /// a re-import by what it added.
    static func summary(
      of result: ImportResult, file: String, counts: (speakers: Int, questions: Int, verdicts: Int)
    ) -> String {
      func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
      let held = result.held == 1 ? "1 row was" : "\(result.held) rows were"
      guard let entry = result.entry, case .bulkImport(let bulk) = entry.payload else {
        return "Nothing new in \(file): \(held) already in the ledger, so nothing was written."
      }
      guard result.held > 0 || result.resolutions > 0 else {
        return """
          Imported \(bulk.rows) forecasts from \(file) as entry \(entry.seq) (hash \(entry.hash)):
            \(counts.speakers) speakers, \(counts.questions) questions, \(bulk.rows) forecasts, \(counts.verdicts) verdicts.
            Rows SHA-256: \(bulk.rowsSHA256)
          """
      }
      let added = [
        count(bulk.rows, "new forecast"), count(counts.questions, "new question"),
        count(counts.speakers, "new speaker"), count(result.resolutions, "new resolution"),
      ]
      return """
        Added from \(file) as entry \(entry.seq) (hash \(entry.hash)): \(added.joined(separator: ", ")); \(held) already in the ledger.
          Rows SHA-256: \(bulk.rowsSHA256)
        """
    }
  }
}

extension ImportFormat: ExpressibleByArgument {}
