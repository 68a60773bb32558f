import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace
import Testing

/// The workspace's scorecard compares two speakers on one binary question, and leaves a
/// forecast the catalog flags as already true when said out of scoring and out of the
/// comparison (FICTIONAL speakers, question and dates; figures by hand).
@Suite struct WorkspaceScorecardTests {
  static func catalog(flagged: Bool) -> Catalog {
    func forecast(_ speaker: String, _ p: Double) -> Forecast {
      Forecast(
        id: "\(speaker)-b", question: "b", speaker: speaker, source: "src",
        saidOn: Day("2024-01-01")!, quote: "(fictional)", quoteEn: "(fictional)",
        claim: "(fictional)",
        window: Window(from: Day("2024-01-01")!, to: Day("2024-12-31")!, basis: .stated),
        confidence: Confidence(phrase: nil, p: p, interval: p...p, basis: .stated),
        alreadyTrueWhenSaid: flagged && speaker == "ada" ? "(fictional) It already was." : nil)
    }
    return Catalog(
      version: 1, confidenceScale: ConfidenceScale(levels: []),
      sources: [
        Source(
          id: "src", title: "A fictional talk", titleEn: "A fictional talk", publisher: "nobody",
          heldOn: nil, publishedOn: nil, citation: "(fictional)")
      ],
      speakers: ["ada", "bo"].map { Speaker(id: $0, name: $0, nameEn: $0, affiliations: []) },
      questions: [
        Question(
          id: "b", title: "A binary question", kind: .binary, criteria: "(fictional)", tags: [])
      ],
      forecasts: [forecast("ada", 0.7), forecast("bo", 0.4)])
  }

  static func card(flagged: Bool) throws -> Scorecard {
    let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    let catalog = catalog(flagged: flagged)
    let workspace = try Workspace.open(
      catalog: catalog, ledger: Ledger.inMemory, asOf: Day(containing: now), knownBy: now,
      author: "tester", now: now)
    let verdict = Verdict(
      question: "b", forecast: nil, outcome: .true, reason: "(fictional)", source: "(fictional)",
      observed: Day("2024-06-01")!)
    _ = try workspace.record(.verdict(verdict), author: "tester", now: now)
    return try workspace.scorecard(catalog: CatalogScoring(forecasts: catalog.forecasts)).card
  }

  @Test func twoSpeakersOnOneQuestionArePeers() throws {
    let card = try Self.card(flagged: false)
    // Both said 0.7 and 0.4 that it would happen; it did: 100 × (ln 0.7 − ln 0.4) = 55.96.
    let ada = try #require(card.line(for: "ada")?.scores)
    #expect(ada.peerN == 1)
    #expect(abs((ada.peerScore ?? .nan) - 55.961578793542266) < 1e-9)
    // Briers 0.09 and 0.36: 0.09 − 0.36.
    #expect(abs((ada.relativeBrier ?? .nan) - -0.27) < 1e-12)
    #expect(abs((card.line(for: "bo")?.scores.peerScore ?? .nan) + 55.961578793542266) < 1e-9)
  }

  @Test func aFlaggedForecastIsCountedButNeitherScoredNorAPeer() throws {
    let card = try Self.card(flagged: true)
    let ada = try #require(card.line(for: "ada"))
    #expect(ada.tally.resolved == 1 && ada.tally.alreadyTrue == 1)
    #expect(ada.scores.n == 0)
    #expect(card.line(for: "bo")?.scores.n == 1)
    #expect(card.line(for: "bo")?.scores.peerScore == nil)
    #expect(card.overall.tally.alreadyTrue == 1)
  }
}
