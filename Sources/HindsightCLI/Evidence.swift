import ArgumentParser

extension HindsightCommand {
  /// `hindsight evidence`: record and list sourced observations.
  struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "evidence",
      abstract: "Record and list sourced observations about questions.",
      subcommands: [Add.self, List.self])
  }
}
