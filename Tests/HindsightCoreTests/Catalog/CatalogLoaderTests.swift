import Foundation
import Testing

@testable import HindsightCore

/// Loading whole fictional catalogs: the valid one, one with ten mistakes, one with a syntax error.
@Suite struct CatalogLoaderTests {
  @Test func validCatalogLoadsIntoTheModel() throws {
    let result = CatalogLoader.load(text: try CatalogFixture.valid(), file: "catalog-valid.yaml")
    #expect(result.problems == [])
    let catalog = try #require(result.catalog)
    #expect(catalog.version == 1)
    #expect(catalog.confidenceScale.levels.map(\.id) == ["probably", "maybe"])
    #expect(catalog.sources.map(\.id) == ["gadget-summit-2030"])
    #expect(catalog.sources[0].heldOn == Day(year: 2030, month: 3, day: 14))
    #expect(catalog.speakers.map(\.nameEn) == ["Ada Example", "Bo Sample"])
    #expect(catalog.speakers[1].affiliations == [])
    #expect(catalog.questions.map(\.kind) == [.event, .numeric])
    #expect(
      catalog.questions[0].criteria
        == "A household robot butler is offered for sale to the public.\n")
    #expect(
      catalog.questions[1].metric
        == Metric(name: "Widgets sold worldwide, calendar year", unit: "units", toleranceDays: 31))
    #expect(
      catalog.forecasts.map(\.id) == ["ada-butler-2031", "bo-butler-2032", "ada-widgets-2031"])
    #expect(
      catalog.forecasts.map(\.question) == [
        "robot-butler-launch", "robot-butler-launch", "widget-sales-2031",
      ])

    // 预计 is in the `probably` row (fixture lines 6-8): p 0.75, interval [0.65, 0.80].
    let scaled = catalog.forecasts[0]
    #expect(
      scaled.confidence == Confidence(phrase: "预计", p: 0.75, interval: 0.65...0.80, basis: .scale))
    #expect(
      scaled.window == Window(from: Day("2031-01-01")!, to: Day("2031-12-31")!, basis: .stated))
    #expect(scaled.quote == "我预计明年会有机器人管家。")

    let stated = catalog.forecasts[1]
    #expect(
      stated.confidence == Confidence(phrase: nil, p: 0.6, interval: 0.5...0.7, basis: .stated))
    #expect(stated.window?.basis == .editor)
    #expect(
      stated.note == "The speaker said \"by 2032\"; the window starts on the day it was said.")
    // "Yes, by 2032." stays text although YAML 1.1 reads a bare `yes` as a boolean.
    #expect(stated.quote == "Yes, by 2032.")

    let numeric = catalog.forecasts[2]
    #expect(
      numeric.target
        == NumericTarget(at: Day("2031-12-31")!, min: 1_000_000, max: nil, basis: .stated))
    #expect(
      numeric.confidence == Confidence(phrase: "maybe", p: 0.5, interval: 0.4...0.5, basis: .scale))
    #expect(numeric.window == nil)
  }

  @Test func locationsPointAtEachID() throws {
    let result = CatalogLoader.load(text: try CatalogFixture.valid(), file: "catalog-valid.yaml")
    // Counted by hand in catalog-valid.yaml: `  - id: ` puts the id at column 9, and
    // `      - id: ` at column 13.
    #expect(result.locations.sources["gadget-summit-2030"] == CatalogLocation(line: 19, column: 9))
    #expect(result.locations.speakers["bo-sample"] == CatalogLocation(line: 32, column: 9))
    #expect(result.locations.questions["widget-sales-2031"] == CatalogLocation(line: 75, column: 9))
    #expect(result.locations.forecasts["bo-butler-2032"] == CatalogLocation(line: 59, column: 13))
    #expect(result.locations.item("ada-widgets-2031") == CatalogLocation(line: 85, column: 13))
  }

  @Test func tenMistakesAreAllReported() throws {
    let text = try CatalogFixture.text("catalog-ten-mistakes.yaml")
    let result = CatalogLoader.load(text: text, file: "bad.yaml")
    #expect(result.catalog == nil)
    // Each line of the fixture that holds a mistake says so in a comment; positions counted by hand.
    #expect(
      result.problems.map(\.description) == [
        "bad.yaml:2:10: unsupported catalog version 3 (hint: this version of hindsight reads version 1)",
        "bad.yaml:7:8: p 1.5 is outside [0.01, 0.99] (hint: probabilities must lie between 0.01 and 0.99)",
        "bad.yaml:21:19: published_on '2030-04-31' is not a real date (hint: check the month and the day)",
        "bad.yaml:25:5: unknown field 'nmae' in speaker 'ada-example' (hint: did you mean 'name'?)",
        "bad.yaml:28:9: duplicate speaker id 'ada-example' (hint: first defined at 24:9)",
        "bad.yaml:35:11: unknown kind 'evnet' in question 'robot-butler-launch' (hint: kind is one of event, numeric, binary)",
        "bad.yaml:40:18: unknown speaker 'ada-exmaple' in forecast 'ada-butler-2031' (hint: did you mean 'ada-example'?)",
        "bad.yaml:42:18: said_on '14/03/2030' is not a YYYY-MM-DD date (hint: write it as e.g. 2023-12-14)",
        "bad.yaml:43:16: field 'quote' of forecast 'ada-butler-2031' must be text, not a list",
        "bad.yaml:51:19: confidence phrase 'probbly' is not in the confidence scale (hint: did you mean 'probably'?)",
      ])
  }

  @Test func syntaxErrorIsLocated() throws {
    let text = try CatalogFixture.text("catalog-syntax-error.yaml")
    let result = CatalogLoader.load(text: text, file: "broken.yaml")
    #expect(result.catalog == nil)
    // Line 6 is indented deeper than its siblings, after a plain scalar: libyaml stops at the
    // colon that follows it (line 6, column 16: six spaces, then `publisher` in columns 7-15).
    #expect(
      result.problems.map(\.description) == [
        "broken.yaml:6:16: YAML syntax error: mapping values are not allowed in this context"
      ])
  }

  @Test func missingFileIsAProblem() {
    let path = "/nonexistent-directory/predictions.yaml"
    let result = CatalogLoader.load(path: path)
    #expect(result.catalog == nil)
    #expect(
      result.problems.map(\.description) == [
        "\(path): cannot read the catalog '\(path)': no such file (hint: give the path with --catalog or HINDSIGHT_CATALOG)"
      ])
  }

  @Test func emptyTextIsAProblem() {
    let result = CatalogLoader.load(text: "# nothing here\n", file: "empty.yaml")
    #expect(
      result.problems.map(\.description) == [
        "empty.yaml:1:1: the catalog is empty (hint: start it with 'version: 1'; see docs/catalog.md)"
      ])
  }

  @Test func loadsFromAPath() throws {
    let url = try #require(
      Bundle.module.url(
        forResource: "catalog-valid.yaml", withExtension: nil, subdirectory: "Fixtures"))
    let result = CatalogLoader.load(path: url.path)
    #expect(result.problems == [])
    #expect(result.catalog?.forecasts.count == 3)
  }
}
