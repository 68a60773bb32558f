import Foundation
import Testing

/// End-to-end tests of `hindsight check`, running the built executable.
@Suite struct CheckCommandTests {
  @Test func validCatalogIsSilent() throws {
    let file = HindsightBinary.fixture("HindsightCoreTests/Fixtures/catalog-valid.yaml")
    let output = try HindsightBinary.run(["check", file.path])
    #expect(output.exitCode == 0)
    #expect(output.stdout == "")
    #expect(output.stderr == "")
  }

  @Test func badCatalogListsEveryProblemAndFails() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = HindsightBinary.fixture("HindsightCoreTests/Fixtures/catalog-ten-mistakes.yaml")
    try FileManager.default.copyItem(
      at: source, to: directory.appendingPathComponent("predictions.yaml"))
    // No FILE argument: check reads ./predictions.yaml in the working directory.
    let output = try HindsightBinary.run(["check"], directory: directory)
    #expect(output.exitCode == 1)
    #expect(output.stdout == "")
    let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    // Ten problems (the same as CatalogLoaderTests.tenMistakesAreAllReported), the count, and
    // the empty string after the final newline.
    #expect(lines.count == 12)
    #expect(
      lines.first
        == "predictions.yaml:2:10: unsupported catalog version 3 (hint: this version of hindsight reads version 1)"
    )
    #expect(
      lines.contains(
        "predictions.yaml:40:18: unknown speaker 'ada-exmaple' in forecast 'ada-butler-2031' (hint: did you mean 'ada-example'?)"
      ))
    #expect(lines.dropLast().last == "10 problems in predictions.yaml")
  }

  @Test func catalogOptionAndEnvironmentChooseTheFile() throws {
    let file = HindsightBinary.fixture("HindsightCoreTests/Fixtures/catalog-syntax-error.yaml")
    let viaOption = try HindsightBinary.run(["check", "--catalog", file.path])
    let viaEnvironment = try HindsightBinary.run(
      ["check"], environment: ["HINDSIGHT_CATALOG": file.path])
    let expected =
      "\(file.path):6:16: YAML syntax error: mapping values are not allowed in this context\n"
      + "1 problem in \(file.path)\n"
    for output in [viaOption, viaEnvironment] {
      #expect(output.exitCode == 1)
      #expect(output.stderr == expected)
    }
  }

  @Test func missingFileFails() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try HindsightBinary.run(["check", "nowhere.yaml"], directory: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr
        == "nowhere.yaml: cannot read the catalog 'nowhere.yaml': no such file (hint: give the path with --catalog or HINDSIGHT_CATALOG)\n1 problem in nowhere.yaml\n"
    )
  }
}
