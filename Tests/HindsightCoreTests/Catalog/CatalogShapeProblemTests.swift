import Foundation
import Testing

@testable import HindsightCore

/// One test per remaining message: missing windows and targets, misplaced metrics, malformed
/// intervals and containers. Each edits catalog-valid.yaml; positions were counted by hand in it.
@Suite struct CatalogShapeProblemTests {
  typealias F = CatalogFixture

  @Test func eventForecastWithoutWindow() throws {
    let problems = try F.problems(
      replacing:
        "        window:\n          from: 2031-01-01\n          to: 2031-12-31\n          basis: stated\n",
      with: "")
    #expect(
      problems == [
        F.problem(
          45, 9,
          "forecast 'ada-butler-2031' has no window, which event question 'robot-butler-launch' needs",
          hint: "add a window with from, to and basis")
      ])
  }

  @Test func numericForecastWithoutTarget() throws {
    let problems = try F.problems(
      replacing:
        "        target:\n          at: 2031-12-31\n          min: 1_000_000\n          max: null\n          basis: stated\n",
      with: "")
    #expect(
      problems == [
        F.problem(
          85, 9,
          "forecast 'ada-widgets-2031' has no target, which numeric question 'widget-sales-2031' needs",
          hint: "add a target with at, min and/or max, and basis")
      ])
  }

  @Test func metricOnEventQuestion() throws {
    let problems = try F.problems(
      replacing: "    tags: [robots]\n",
      with: "    tags: [robots]\n    metric: {name: Butlers sold, unit: units, tolerance_days: 7}\n"
    )
    #expect(
      problems == [
        F.problem(
          44, 5, "event question 'robot-butler-launch' has a metric",
          hint: "only numeric questions have a metric; remove it or make the kind numeric")
      ])
  }

  @Test func targetWithoutBounds() throws {
    let problems = try F.problems(
      replacing: "          min: 1_000_000\n", with: "          min: null\n")
    // The target mapping starts at `at` on line 93, column 11.
    #expect(
      problems == [
        F.problem(
          93, 11, "the target of forecast 'ada-widgets-2031' has neither min nor max",
          hint: "give min, max or both")
      ])
  }

  @Test func intervalWithThreeValues() throws {
    let problems = try F.problems(
      replacing: "interval: [0.5, 0.7]", with: "interval: [0.5, 0.6, 0.7]")
    #expect(
      problems == [
        F.problem(72, 21, "interval has 3 values, not 2", hint: "write it as [low, high]")
      ])
  }

  @Test func intervalReversed() throws {
    let problems = try F.problems(replacing: "interval: [0.5, 0.7]", with: "interval: [0.7, 0.5]")
    #expect(
      problems == [F.problem(72, 21, "interval [0.7, 0.5] has its low end above its high end")])
  }

  @Test func listExpected() throws {
    let problems = try F.problems(replacing: "    tags: [robots]", with: "    tags: robots")
    #expect(
      problems == [
        F.problem(43, 11, "field 'tags' of question 'robot-butler-launch' must be a list, not text")
      ])
  }

  @Test func textExpectedInAList() throws {
    let problems = try F.problems(replacing: "    tags: [robots]", with: "    tags: [{a: b}]")
    #expect(
      problems == [
        F.problem(
          43, 12,
          "each item of 'tags' in question 'robot-butler-launch' must be text, not a mapping of fields"
        )
      ])
  }

  @Test func mappingExpected() throws {
    let problems = try F.problems(
      replacing:
        "        window:\n          from: 2031-01-01\n          to: 2031-12-31\n          basis: stated\n",
      with: "        window: soon\n")
    #expect(
      problems == [
        F.problem(
          52, 17,
          "the window of forecast 'ada-butler-2031' must be a mapping of fields, not text")
      ])
  }

  @Test func duplicateScaleRowID() throws {
    let problems = try F.problems(replacing: "  - id: maybe", with: "  - id: probably")
    // The second row is dropped, so the forecast that uses its phrase `maybe` is reported too.
    #expect(
      problems == [
        F.problem(11, 9, "duplicate scale row id 'probably'", hint: "first defined at 5:9"),
        F.problem(
          98, 19, "confidence phrase 'maybe' is not in the confidence scale",
          hint: "add it to confidence_scale, or use basis: stated or editor with a p"),
      ])
  }

  @Test func documentNotAMapping() {
    let result = CatalogLoader.load(text: "- a\n- b\n", file: "list.yaml")
    #expect(
      result.problems.map(\.description) == [
        "list.yaml:1:1: the catalog must be a mapping of fields, not a list"
      ])
  }

  @Test func fileNotUTF8() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("hindsight-latin1-\(UUID().uuidString).yaml")
    try Data([0x76, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let result = CatalogLoader.load(path: url.path)
    #expect(
      result.problems.map(\.description) == [
        "\(url.path): the catalog '\(url.path)' is not UTF-8 text (hint: save it as UTF-8)"
      ])
  }
}
