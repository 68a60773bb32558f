import ArgumentParser
import Foundation
import HindsightStore

extension HindsightCommand {
  /// `hindsight verify`: integrity, hash chain and derived tables.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Check the ledger: SQLite integrity, the hash chain and the derived tables.",
      discussion: """
        Recomputes every entry's hash from the one before it, checks that each payload is in \
        canonical form and that the derived tables agree with the entries. Prints the entry \
        count and head hash when all is well; otherwise names the first bad entry and exits \
        with status 1. The catalog is not read or synced, so a ledger can be verified on its own:
          hindsight verify --ledger archive/hindsight.sqlite
        """)

    @Option(
      help: ArgumentHelp(
        "The ledger file (default: $HINDSIGHT_LEDGER, else ./hindsight.sqlite).", valueName: "path")
    )
    var ledger: String?

    func run() throws {
      let path =
        ledger ?? ProcessInfo.processInfo.environment["HINDSIGHT_LEDGER"] ?? "hindsight.sqlite"
      guard FileManager.default.fileExists(atPath: path) else {
        throw CLIError.invalidValue(option: "--ledger", value: path, hint: "no such file.")
      }
      let report = try Ledger(path: path).verify()
      if report.isOK {
        print(report.summary)
      } else {
        FileHandle.standardError.write(Data((report.summary + "\n").utf8))
        throw ExitCode(1)
      }
    }
  }
}
