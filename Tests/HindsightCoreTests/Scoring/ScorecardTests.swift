import Foundation
import HindsightCore
import Testing

/// `Scorecard` tallies statuses per speaker and scores only resolved forecasts; expected
/// values worked by hand on the fictional resolver fixture (every forecast has p = 0.6).
@Suite struct ScorecardTests {
  typealias F = ResolverFixture

  @Test func talliesAndScoresPerSpeaker() {
    let resolutions = Array(F.resolve([F.occurred("2025-06-15")]).values)
    let card = Scorecard(
      catalog: F.catalog, resolutions: resolutions, asOf: F.day("2026-11-29"),
      knownBy: .distantFuture)
    // a: true, b: true, c: false (occurred before its window), n: due, y: due.
    #expect(card.speakers.map(\.speaker) == ["sp-a", "sp-b", "sp-c", "sp-n", "sp-y"])
    #expect(card.overall.tally.forecasts == 5)
    #expect(card.overall.tally.resolved == 3)
    #expect(card.overall.tally.due == 2)
    #expect(card.line(for: "sp-n")?.tally.due == 1)
    #expect(card.line(for: "sp-n")?.scores.n == 0)
    // Brier by hand: (0.6 − 1)² = 0.16 for a and b, (0.6 − 0)² = 0.36 for c; mean 0.68 / 3.
    #expect(card.line(for: "sp-c")?.scores.brier == 0.36)
    #expect(abs((card.overall.scores.brier ?? 0) - 0.68 / 3) < 1e-12)
    // Every line is found by its id, and an id before, between or after them finds none.
    for line in card.speakers { #expect(card.line(for: line.speaker ?? "") == line) }
    for absent in ["", "sp-0", "sp-bb", "sp-z"] { #expect(card.line(for: absent) == nil) }
  }

  @Test func onlyKeepsTheNamedSpeakers() {
    let resolutions = Array(F.resolve([F.occurred("2025-06-15")]).values)
    let card = Scorecard(
      catalog: F.catalog, resolutions: resolutions, asOf: F.day("2026-11-29"),
      knownBy: .distantFuture, only: ["sp-a"])
    #expect(card.speakers.map(\.speaker) == ["sp-a"])
    #expect(card.overall.tally.forecasts == 1)
    #expect(abs((card.overall.scores.brier ?? 0) - 0.16) < 1e-12)
  }

  @Test func annulledForecastsAreCountedButNotScored() {
    let resolutions = Array(
      F.resolve([F.verdict(.annulled, forecast: "a", on: "2026-01-01")]).values)
    let card = Scorecard(
      catalog: F.catalog, resolutions: resolutions, asOf: F.day("2026-11-29"),
      knownBy: .distantFuture)
    #expect(card.line(for: "sp-a")?.tally.annulled == 1)
    #expect(card.line(for: "sp-a")?.scores.n == 0)
    #expect(card.line(for: "sp-a")?.scores.brier == nil)
  }
}
