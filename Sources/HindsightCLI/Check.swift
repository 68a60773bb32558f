import ArgumentParser
import Foundation
import HindsightCore

extension HindsightCommand {
  /// `hindsight check [FILE]`: validates the catalog and lists every problem at once.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check the catalog file for mistakes.",
      discussion: """
        Reads the catalog (predictions.yaml, or FILE) and checks everything in it: the YAML \
        syntax, that every required field is there and spelled right, that dates are real \
        YYYY-MM-DD dates, that probabilities lie in [0.01, 0.99], that every forecast names a \
        known speaker and source, and that ids are unique.

        When the catalog is valid, check prints nothing and exits with status 0. Otherwise it \
        prints every problem on its own line to standard error, as FILE:LINE:COLUMN: message \
        (hint: …), then a count, and exits with status 1. docs/catalog-validation.md lists \
        every message with an example.

        Examples:
          hindsight check                   checks ./predictions.yaml
          hindsight check drafts/new.yaml   checks another file
        """
    )

    @Argument(
      help: ArgumentHelp(
        "The catalog to check (default: --catalog, else $HINDSIGHT_CATALOG, else ./predictions.yaml).",
        valueName: "file"))
    var file: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let path = file ?? global.catalogPath
      let result = CatalogLoader.load(path: path)
      guard !result.problems.isEmpty else { return }
      var output = result.problems.map(\.description).joined(separator: "\n")
      let count = result.problems.count
      output += "\n\(count) \(count == 1 ? "problem" : "problems") in \(path)\n"
      FileHandle.standardError.write(Data(output.utf8))
      throw ExitCode(1)
    }
  }
}
