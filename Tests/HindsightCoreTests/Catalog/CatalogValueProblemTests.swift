import Testing

@testable import HindsightCore

/// One test per message about values: probabilities, dates, kinds, the scale, notes, tolerances.
/// Each edits catalog-valid.yaml; lines and columns were counted by hand in it.
@Suite struct CatalogValueProblemTests {
  typealias F = CatalogFixture

  @Test func probabilityOutOfRange() throws {
    let problems = try F.problems(replacing: "p: 0.6", with: "p: 1.2")
    #expect(
      problems == [
        F.problem(
          71, 14, "p 1.2 is outside [0.01, 0.99]",
          hint: "probabilities must lie between 0.01 and 0.99")
      ])
  }

  @Test func intervalEndOutOfRange() throws {
    let problems = try F.problems(replacing: "interval: [0.5, 0.7]", with: "interval: [0.5, 1.0]")
    #expect(
      problems == [
        F.problem(
          72, 27, "interval end 1.0 is outside [0.01, 0.99]",
          hint: "probabilities must lie between 0.01 and 0.99")
      ])
  }

  @Test func intervalNotContainingP() throws {
    let problems = try F.problems(replacing: "interval: [0.5, 0.7]", with: "interval: [0.65, 0.7]")
    #expect(
      problems == [
        F.problem(
          72, 21, "interval [0.65, 0.7] does not contain p 0.6",
          hint: "widen the interval or correct p")
      ])
  }

  @Test func nonFiniteNumber() throws {
    let problems = try F.problems(replacing: "p: 0.6", with: "p: nan")
    #expect(problems == [F.problem(71, 14, "p 'nan' is not a finite number")])
  }

  @Test func notANumber() throws {
    let problems = try F.problems(replacing: "p: 0.6", with: "p: high")
    #expect(
      problems == [
        F.problem(71, 14, "p 'high' is not a number", hint: "write a plain number, e.g. 0.75")
      ])
  }

  @Test func quotedNumber() throws {
    let problems = try F.problems(replacing: "p: 0.6", with: "p: '0.6'")
    #expect(
      problems == [
        F.problem(
          71, 14, "p '0.6' is in quotes, so it is text, not a number", hint: "remove the quotes")
      ])
  }

  @Test func notAWholeNumber() throws {
    let problems = try F.problems(replacing: "tolerance_days: 31", with: "tolerance_days: 7.5")
    #expect(problems == [F.problem(83, 23, "tolerance_days '7.5' is not a whole number")])
  }

  @Test func dateNotInFormat() throws {
    let problems = try F.problems(
      replacing: "said_on: 2030-03-14\n        quote: 我",
      with: "said_on: 2030-3-14\n        quote: 我")
    #expect(
      problems == [
        F.problem(
          48, 18, "said_on '2030-3-14' is not a YYYY-MM-DD date",
          hint: "write it as e.g. 2023-12-14")
      ])
  }

  @Test func dateThatDoesNotExist() throws {
    let problems = try F.problems(
      replacing: "said_on: 2030-03-14\n        quote: 我",
      with: "said_on: 2030-02-30\n        quote: 我")
    #expect(
      problems == [
        F.problem(
          48, 18, "said_on '2030-02-30' is not a real date", hint: "check the month and the day")
      ])
  }

  @Test func windowFromAfterTo() throws {
    let problems = try F.problems(replacing: "from: 2031-01-01", with: "from: 2032-01-01")
    #expect(
      problems == [
        F.problem(
          53, 17, "window from 2032-01-01 is after its to 2031-12-31 in forecast 'ada-butler-2031'",
          hint: "swap them, or correct the dates")
      ])
  }

  @Test func eventForecastWithTarget() throws {
    let problems = try F.problems(
      replacing: "goes on sale in 2031.\n",
      with: "goes on sale in 2031.\n        target: {at: 2031-12-31, min: 1, basis: stated}\n")
    #expect(
      problems == [
        F.problem(
          52, 9,
          "forecast 'ada-butler-2031' has a target, but question 'robot-butler-launch' is an event question",
          hint: "event forecasts give a window; only numeric forecasts have a target")
      ])
  }

  @Test func numericForecastWithWindow() throws {
    let problems = try F.problems(
      replacing: "sold in 2031.\n",
      with: "sold in 2031.\n        window: {from: 2031-01-01, to: 2031-12-31, basis: stated}\n")
    #expect(
      problems == [
        F.problem(
          92, 9,
          "forecast 'ada-widgets-2031' has a window, but question 'widget-sales-2031' is a numeric question",
          hint: "numeric forecasts give a target with at, min and/or max")
      ])
  }

  @Test func numericQuestionWithoutMetric() throws {
    let problems = try F.problems(
      replacing:
        "    metric:\n      name: Widgets sold worldwide, calendar year\n      unit: units\n      tolerance_days: 31\n",
      with: "")
    #expect(
      problems == [
        F.problem(
          75, 5, "numeric question 'widget-sales-2031' has no metric",
          hint: "add a metric with name, unit and tolerance_days")
      ])
  }

  @Test func phraseNotInScale() throws {
    let problems = try F.problems(replacing: "phrase: 预计", with: "phrase: probbly")
    #expect(
      problems == [
        F.problem(
          57, 19, "confidence phrase 'probbly' is not in the confidence scale",
          hint: "did you mean 'probably'?")
      ])
  }

  @Test func writtenPDiffersFromScale() throws {
    let problems = try F.problems(replacing: "          p: 0.5\n", with: "          p: 0.55\n")
    #expect(
      problems == [
        F.problem(
          99, 14, "p 0.55 differs from the scale's 0.5 for 'maybe'",
          hint: "remove p to take the scale's, or use basis: stated or editor")
      ])
  }

  @Test func writtenIntervalDiffersFromScale() throws {
    let problems = try F.problems(
      replacing: "          p: 0.5\n", with: "          interval: [0.4, 0.6]\n")
    #expect(
      problems == [
        F.problem(
          99, 21, "interval [0.4, 0.6] differs from the scale's [0.4, 0.5] for 'maybe'",
          hint: "remove interval to take the scale's, or use basis: stated or editor")
      ])
  }

  @Test func editorConfidenceWithoutNote() throws {
    let problems = try F.problems(
      replacing: "          phrase: 预计\n          basis: scale\n",
      with: "          p: 0.7\n          interval: [0.6, 0.8]\n          basis: editor\n")
    #expect(
      problems == [
        F.problem(
          59, 18, "confidence basis 'editor' in forecast 'ada-butler-2031' has no note saying why",
          hint: "add a forecast 'note' explaining the editor's choice")
      ])
  }

  @Test func editorWindowWithoutNote() throws {
    let problems = try F.problems(
      replacing: "          basis: stated\n        confidence:\n          phrase: 预计",
      with: "          basis: editor\n        confidence:\n          phrase: 预计")
    #expect(
      problems == [
        F.problem(
          55, 18, "window basis 'editor' in forecast 'ada-butler-2031' has no note saying why",
          hint: "add a forecast 'note' explaining how the editor chose the dates")
      ])
  }

  @Test func negativeTolerance() throws {
    let problems = try F.problems(replacing: "tolerance_days: 31", with: "tolerance_days: -3")
    #expect(
      problems == [
        F.problem(
          83, 23, "tolerance_days -3 is negative", hint: "give a number of days, 0 or more")
      ])
  }

  @Test func targetMinAboveMax() throws {
    let problems = try F.problems(replacing: "max: null", with: "max: 10")
    #expect(
      problems == [
        F.problem(
          94, 16, "target min 1_000_000 is above its max 10",
          hint: "swap them, or correct the values")
      ])
  }

  @Test func phraseListedTwiceInScale() throws {
    let problems = try F.problems(replacing: "[maybe, 可能]", with: "[maybe, 预计]")
    #expect(
      problems == [
        F.problem(
          12, 22, "phrase '预计' is already in scale row 'probably'", hint: "first listed at 6:25")
      ])
  }
}
