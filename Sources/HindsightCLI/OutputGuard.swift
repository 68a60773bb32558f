import Foundation

/// Refuses an `--output` file that is one of the files the command reads: the ledger, its WAL,
/// shared-memory and rollback-journal files, its journal, or the catalog. Writing a report
/// there would destroy them (a review written over `hindsight.sqlite` leaves "file is not a
/// database").
enum OutputGuard {
  /// Throws `CLIError.invalidValue` naming `output` and the file it is, when it is one of
  /// `protected` (each a path and what it is, e.g. "the ledger"); symbolic links and relative
  /// paths are resolved first.
  static func check(_ output: String, against protected: [(path: String, what: String)]) throws {
    let target = resolved(output)
    for file in protected where resolved(file.path) == target {
      throw CLIError.invalidValue(
        option: "--output", value: output,
        hint: "it is \(file.what) (\(file.path)), which this command reads; write to another file.")
    }
  }

  /// The files of a ledger and catalog that no output may replace.
  static func files(ledger: String, journal: String, catalog: String) -> [(
    path: String, what: String
  )] {
    [
      (ledger, "the ledger"), (ledger + "-wal", "the ledger's WAL file"),
      (ledger + "-shm", "the ledger's shared-memory file"),
      // SQLite's, while a first large import runs (`Ledger.bulkImport`).
      (ledger + "-journal", "the ledger's rollback-journal file"),
      (journal, "the ledger's journal"),
      (catalog, "the catalog"),
    ]
  }

  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
