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
}
