import Foundation
import Testing

@testable import HindsightCore

/// Imported outcomes are verdict facts of their import entry: they resolve imported forecasts
/// exactly as catalog verdicts do, and a later verdict entry overrides them (FICTIONAL data).
@Suite struct ImportedResolutionTests {
  static let importTime = Date(timeIntervalSince1970: 1_800_000_000)
  static let rows = [
    FlatRow(
      speaker: "ada", speakerName: "Ada", question: "q1", questionTitle: "Q1", forecast: "f1",
      claim: "c", saidOn: Day("2024-01-01")!, p: 0.8, windowFrom: Day("2024-01-01"),
      windowTo: Day("2024-12-31"), outcome: .true, resolvedOn: Day("2024-10-01")),
    FlatRow(
      speaker: "ada", speakerName: "Ada", question: "q2", questionTitle: "Q2", forecast: "f2",
      claim: "c", saidOn: Day("2024-01-01")!, p: 0.3, windowFrom: Day("2024-01-01"),
      windowTo: Day("2024-12-31")),
    FlatRow(
      speaker: "bo", speakerName: "Bo", question: "q3", questionTitle: "Q3", forecast: "f3",
      claim: "c", saidOn: Day("2024-01-01")!, p: 0.6, outcome: .annulled,
      resolvedOn: Day("2025-02-01")),
  ]

  private func setup(asOf: String, later: [LedgerEntry] = []) -> (Resolver, [Recorded<Verdict>]) {
    let rows = ImportedResolutionTests.rows
    let catalog = Catalog(
      version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [],
      speakers: rows.map(\.speakerItem), questions: rows.map { $0.questionItem(importSeq: 1) },
      forecasts: rows.map { $0.forecastItem(importSeq: 1) })
    let verdicts = rows.compactMap {
      $0.verdict(importSeq: 1, recordedAt: ImportedResolutionTests.importTime, file: "x.csv")
    }
    let facts = LedgerFacts(entries: later, asOf: Day(asOf)!, knownBy: .distantFuture)
    var withImports = facts
    withImports.addImported(verdicts)
    return (Resolver(catalog: catalog, facts: withImports, asOf: Day(asOf)!), verdicts)
  }

  @Test func importedOutcomesResolveAtTheCut() {
    let (resolver, _) = setup(asOf: "2025-01-15")
    let resolutions = resolver.resolveAll()
    // f1: its verdict (settled 2024-10-01) counts; f2: binary, window closed → due;
    // f3: annulled on 2025-02-01, after the as-of day, and no window → open.
    #expect(resolutions.map(\.status) == [.true, .due, .open])
    #expect(resolutions[0].rule == .forecastVerdict)
    #expect(resolutions[0].entries == [1])
    #expect(resolutions[0].resolvedOn == Day("2024-10-01"))
  }

  /// A forecast resolved one at a time with its import's verdict passed in, and by the
  /// standing rule on its row's values, resolves as the resolver with every verdict indexed.
  @Test func streamedStatusEqualsFullResolution() {
    for asOf in ["2024-06-01", "2025-01-15", "2025-03-01"] {
      let (resolver, verdicts) = setup(asOf: asOf)
      let plain = Resolver(
        catalog: resolver.catalog,
        facts: LedgerFacts(entries: [], asOf: Day(asOf)!, knownBy: .distantFuture), asOf: Day(asOf)!
      )
      for forecast in resolver.catalog.forecasts {
        let full = resolver.resolve(forecast)
        let imported = verdicts.first { $0.value.forecast == forecast.id }
        let question = resolver.question(forecast.question)
        let streamed = plain.resolve(forecast, question: question, imported: imported)
        #expect(streamed == full)
        let counted = imported.map(plain.facts.counts) ?? false
        let standing = StandingResolution.imported(
          outcome: counted ? imported?.value.outcome : nil, resolvedOn: imported?.value.observed,
          closesOn: forecast.closesOn)
        #expect(standing.status(asOf: Day(asOf)!, closesOn: forecast.closesOn) == full.status)
        #expect(
          (full.status == .open || full.status == .due ? nil : standing.resolvedOn)
            == full.resolvedOn)
      }
    }
  }

  @Test func aLaterVerdictOverridesTheImportedOutcome() {
    let later = LedgerEntry(
      seq: 2, recordedAt: ImportedResolutionTests.importTime.addingTimeInterval(60),
      author: "ed",
      payload: .verdict(
        Verdict(
          question: "q1", forecast: "f1", outcome: .false, reason: "Recount.", source: "s",
          observed: Day("2024-11-01")!)), prevHash: "", hash: "")
    let (resolver, verdicts) = setup(asOf: "2025-01-15", later: [later])
    #expect(resolver.resolveAll()[0].status == .false)
    #expect(
      resolver.resolve(
        resolver.catalog.forecasts[0], question: resolver.catalog.questions.first,
        imported: verdicts[0]
      ).status == .false)
  }

  @Test func scorecardBuilderMatchesScorecard() {
    let (resolver, _) = setup(asOf: "2025-03-01")
    let resolutions = resolver.resolveAll()
    let card = Scorecard(
      catalog: resolver.catalog, resolutions: resolutions, asOf: Day("2025-03-01")!,
      knownBy: .distantFuture)
    // f1 true at p 0.8: Brier (0.8 − 1)² = 0.04; f2 due; f3 annulled.
    #expect(card.overall.tally.resolved == 1)
    #expect(card.overall.tally.due == 1)
    #expect(card.overall.tally.annulled == 1)
    #expect(abs((card.line(for: "ada")?.scores.brier ?? 0) - 0.04) < 1e-12)
  }
}
