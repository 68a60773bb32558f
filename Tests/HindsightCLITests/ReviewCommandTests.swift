import Foundation
import Testing

/// End-to-end tests of `hindsight review`, running the built executable on the shipped
/// catalog with a fresh ledger.
@Suite struct ReviewCommandTests {
  static var catalog: String {
    HindsightBinary.packageRoot.appendingPathComponent("predictions.yaml").path
  }

  @Test(arguments: ["25", "1899", "20x4", "9999", "２０２４"])
  func badYearsAreRefused(year: String) throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try HindsightBinary.run(
      ["review", year, "--catalog", Self.catalog], directory: directory)
    #expect(output.exitCode == 1)
    #expect(output.stderr.contains("YEAR '\(year)' is not valid"))
    #expect(output.stdout == "")
  }

  @Test func asOfIsRefused() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try HindsightBinary.run(
      ["review", "2024", "--as-of", "2024-06-30", "--catalog", Self.catalog],
      directory: directory)
    #expect(output.exitCode == 1)
    #expect(output.stderr.contains("--as-of '2024-06-30' cannot be used with review"))
  }

  @Test func emptyLedgerGivesTheToDoList() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try HindsightBinary.run(
      ["review", "2024", "--catalog", Self.catalog], directory: directory)
    #expect(output.exitCode == 0)
    #expect(output.stdout.hasPrefix("# Hindsight review of 2024\n"))
    #expect(output.stdout.contains("No forecast was resolved during 2024."))
    #expect(output.stdout.contains("### Falling due by 2025-12-31"))
  }

  @Test func htmlGoesToTheOutputFile() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try HindsightBinary.run(
      ["review", "2024", "--format", "html", "--output", "r.html", "--catalog", Self.catalog],
      directory: directory)
    #expect(output.exitCode == 0)
    #expect(output.stdout == "")
    #expect(output.stderr == "Wrote the 2024 review to r.html\n")
    let html = try String(
      contentsOf: directory.appendingPathComponent("r.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("<script"))
  }

  @Test func theOutputFileHoldsWhatStandardOutputGets() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("r.md")
    try Data("an older review\n".utf8).write(to: file)
    for format in ["md", "html"] {
      let cut = ["--known-by", "2026-01-01T00:00:00Z", "--catalog", Self.catalog]
      let printed = try HindsightBinary.run(
        ["review", "2024", "--format", format] + cut, directory: directory)
      let written = try HindsightBinary.run(
        ["review", "2024", "--format", format, "--output", "r.md"] + cut, directory: directory)
      #expect(written.exitCode == 0)
      #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
    }
    // Written beside the file, then renamed over it: no partial file is left.
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(left.contains("r.md"))
    #expect(!left.contains { $0.hasSuffix(".partial") })
  }

  @Test func anOutputFileThatCannotBeWrittenIsNamedWithTheReason() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try HindsightBinary.run(
      ["review", "2024", "--output", "missing/r.md", "--catalog", Self.catalog],
      directory: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr.contains(
        "--output 'missing/r.md' is not valid: the file could not be written (No such file or directory)"
      ))
  }
}
