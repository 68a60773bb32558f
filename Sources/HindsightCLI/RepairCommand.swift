import ArgumentParser
import Foundation
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight repair`: set aside entries this Hindsight cannot read back.
  struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "repair",
      abstract: "Set aside ledger entries that cannot be read back, so the ledger works again.",
      discussion: """
        An entry whose payload this Hindsight cannot decode (written by a faulty or newer \\
        version, say) would stop every command. repair appends one `void` entry for each such \\
        entry, which every reader then skips; nothing is deleted and no hash changes, so the \\
        chain and every published head stay valid, and `verify` still checks the voided \\
        entry's hash. The derived tables are rebuilt without the voided entries, and the next \\
        command records the catalog again. The catalog is not read. See docs/ledger.md, \\
        "Recovering from an unreadable entry".
          hindsight repair --reason "Written by a faulty build; its catalog item is re-recorded."
        """)

    @OptionGroup var files: LedgerFileOptions

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Why the entries are set aside (required).", valueName: "text"))
    var reason: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Who records it (default: your login name).", valueName: "name"))
    var author: String?

    func run() throws {
      let reason = try InputText.required(
        reason, option: "--reason", hint: "say why the entries are set aside.")
      let path = files.ledgerPath
      guard FileManager.default.fileExists(atPath: path) else {
        throw CLIError.invalidValue(option: "--ledger", value: path, hint: "no such file.")
      }
      let opened = try Ledger(path: path, journal: files.journalPath)
      let voided = try opened.repair(
        author: author ?? Author.current, at: Date(), reason: reason)
      if voided.isEmpty {
        print("Every entry reads back; nothing to repair.")
      } else {
        let list = voided.map(String.init).joined(separator: ", ")
        print(
          "Set aside \(voided.count) unreadable entr\(voided.count == 1 ? "y" : "ies") (\(list)) with void entries; run `hindsight verify` to check the chain."
        )
      }
    }
  }
}
