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
        and nothing is imported. Ids must not already be in the catalog or an earlier import; \
        importing the same rows twice is refused.
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
      var progress = ImportProgress(totalBytes: size, enabled: isatty(STDERR_FILENO) == 1)
      var reader = CSVReader { count in try input.read(upToCount: count) }
      var counts = (speakers: 0, questions: 0, verdicts: 0)
      let entry = try workspace.ledger.bulkImport(
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
        progress.finish()
        if sink.questionTags.isEmpty { sink.questionTags = validator.questionTags() }
        counts = (validator.speakerCount, validator.questionCount, validator.verdicts)
        return (validator.report, validator.badRows)
      }
      guard case .bulkImport(let bulk) = entry.payload else { return }
      print(
        """
        Imported \(bulk.rows) forecasts from \(TerminalText.visible(file)) as entry \(entry.seq) (hash \(entry.hash)):
          \(counts.speakers) speakers, \(counts.questions) questions, \(bulk.rows) forecasts, \(counts.verdicts) verdicts.
          Rows SHA-256: \(bulk.rowsSHA256)
        """)
    }
  }
}

extension ImportFormat: ExpressibleByArgument {}
