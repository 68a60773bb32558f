import ArgumentParser

extension HindsightCommand {
  /// `hindsight evidence`: record and list sourced observations.
  struct Evidence: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record and list sourced observations about questions.",
      subcommands: [Add.self, List.self])
  }
}
