import Foundation
import HindsightCore
import Testing

/// Worked cases for each resolver rule (docs/resolution.md), on the fictional catalog of
/// `ResolverFixture`. Each expectation was worked out by hand from SPEC §6.
@Suite struct ResolverRuleTests {
  typealias F = ResolverFixture

  @Test func nothingRecordedLeavesClosedWindowsDueAndOpenOnesOpen() {
    let r = F.resolve([])
    #expect(r["a"]?.status == .due)
    #expect(r["a"]?.rule == .awaitingEvidence)
    #expect(r["b"]?.status == .due)
    #expect(r["c"]?.status == .open)
    #expect(r["n"]?.status == .due)
    #expect(r["y"]?.status == .due)
    #expect(r["y"]?.rule == .awaitingVerdict)
    #expect(r["a"]?.needs?.contains("--occurred") == true)
  }

  @Test func occurrenceInside2025() {
    let r = F.resolve([F.occurred("2025-06-15")])
    #expect(r["a"]?.status == .true)
    #expect(r["a"]?.rule == .occurredInWindow)
    #expect(r["a"]?.resolvedOn == F.day("2025-06-15"))
    #expect(r["a"]?.entries == [1])
    #expect(
      r["a"]?.rationale
        == "The event occurred on 2025-06-15 (seq 1), inside the window 2025-01-01 to 2025-12-31.")
    #expect(r["b"]?.status == .true)
    #expect(r["c"]?.status == .false)
    #expect(r["c"]?.rule == .occurredBeforeWindow)
  }

  @Test func occurrenceIn2027() {
    let r = F.resolve([F.occurred("2027-06-01")], asOf: "2027-07-01")
    #expect(r["a"]?.status == .false)
    #expect(r["a"]?.rule == .occurredAfterWindow)
    #expect(r["b"]?.status == .false)
    #expect(r["c"]?.status == .true)
  }

  @Test func occurrenceBeforeAnyWindowMakesAllFalse() {
    let r = F.resolve([F.occurred("2023-06-01")])
    for id in ["a", "b", "c"] {
      #expect(r[id]?.status == .false)
      #expect(r[id]?.rule == .occurredBeforeWindow)
      #expect(r[id]?.resolvedOn == F.day("2023-06-01"))
    }
  }

  @Test func resolutionCanComeBeforeTheWindowCloses() {
    // As of 2025-07-01 the 2025 window is still open, yet the occurrence decides it.
    let r = F.resolve([F.occurred("2025-06-15")], asOf: "2025-07-01")
    #expect(r["a"]?.status == .true)
    #expect(r["c"]?.status == .false)
  }

  @Test func notOccurredAfterTheWindowEndMakesItFalse() {
    let r = F.resolve([F.notOccurred("2026-01-05")])
    #expect(r["a"]?.status == .false)
    #expect(r["a"]?.rule == .notOccurredByEnd)
    #expect(r["a"]?.resolvedOn == F.day("2026-01-05"))
    #expect(r["b"]?.status == .false)
    #expect(r["c"]?.status == .open)
  }

  @Test func notOccurredBeforeTheWindowEndDecidesNothing() {
    let r = F.resolve([F.notOccurred("2025-06-30")])
    #expect(r["a"]?.status == .due)
    #expect(r["a"]?.entries == [1])
  }

  @Test func occurrencesOnDifferentSidesConflict() {
    let r = F.resolve([F.occurred("2025-06-15"), F.occurred("2027-06-01")], asOf: "2027-07-01")
    for id in ["a", "b", "c"] {
      #expect(r[id]?.status == .due)
      #expect(r[id]?.rule == .conflict)
      #expect(r[id]?.flags == [.conflict])
      #expect(r[id]?.entries == [1, 2])
    }
    #expect(
      r["a"]?.rationale
        == "Conflicting evidence: occurrences recorded on 2025-06-15 (seq 1), 2027-06-01 (seq 2) fall on different sides of the window 2025-01-01 to 2025-12-31; a verdict must settle it."
    )
  }

  @Test func occurrencesOnTheSameSideDoNotConflict() {
    let r = F.resolve([F.occurred("2025-03-01"), F.occurred("2025-06-15")])
    #expect(r["a"]?.status == .true)
    #expect(r["a"]?.resolvedOn == F.day("2025-03-01"))
  }

  @Test func occurrenceContradictedByLaterNotOccurredConflicts() {
    let r = F.resolve([F.occurred("2025-06-15"), F.notOccurred("2026-01-05")])
    #expect(r["a"]?.status == .due)
    #expect(r["a"]?.flags == [.conflict])
  }

  @Test func verdictDecidesAndItsRetractionUndoesIt() {
    let verdict = F.verdict(.false, on: "2026-01-10")
    let withVerdict = F.resolve([F.occurred("2025-06-15"), verdict])
    #expect(withVerdict["a"]?.status == .false)
    #expect(withVerdict["a"]?.rule == .questionVerdict)
    #expect(withVerdict["a"]?.resolvedOn == F.day("2026-01-10"))
    #expect(withVerdict["a"]?.entries == [2])
    let retracted = F.resolve([
      F.occurred("2025-06-15"), verdict, .retraction(Retraction(seq: 2, reason: "fictional")),
    ])
    #expect(retracted["a"]?.status == .true)
    #expect(retracted["a"]?.rule == .occurredInWindow)
  }

  @Test func forecastVerdictBeatsQuestionVerdictAndLatestWins() {
    let r = F.resolve([
      F.verdict(.true, forecast: "a", on: "2026-01-01"),
      F.verdict(.false, on: "2026-01-02"),
      F.verdict(.annulled, forecast: "a", on: "2026-01-03"),
    ])
    #expect(r["a"]?.status == .annulled)
    #expect(r["a"]?.rule == .forecastVerdict)
    #expect(r["a"]?.entries == [3])
    #expect(r["b"]?.status == .false)
    #expect(r["b"]?.rule == .questionVerdict)
  }

  @Test func verdictSettlesAConflict() {
    let r = F.resolve(
      [
        F.occurred("2025-06-15"), F.occurred("2027-06-01"),
        F.verdict(.true, forecast: "c", on: "2027-06-02"),
      ], asOf: "2027-07-01")
    #expect(r["c"]?.status == .true)
    #expect(r["a"]?.flags == [.conflict])
  }

  @Test func evidenceRecordedAfterKnownByIsIgnored() {
    // Entry 1 is recorded at 2026-01-01T00:00Z, entry 2 an hour later.
    let cut = Timestamp.parse("2026-01-01T00:30:00Z")!
    let r = F.resolve([F.notOccurred("2025-06-30"), F.occurred("2025-06-15")], knownBy: cut)
    #expect(r["a"]?.status == .due)
    #expect(r["a"]?.entries == [1])
  }

  @Test func evidenceObservedAfterAsOfIsIgnored() {
    let r = F.resolve([F.occurred("2025-06-15")], asOf: "2025-06-14")
    #expect(r["a"]?.status == .open)
    #expect(r["c"]?.status == .open)
  }

  @Test func numericUsesNearestObservationWithinTolerance() {
    let r = F.resolve([
      F.value(90, on: "2023-12-20"), F.value(120, on: "2024-01-05"), F.value(50, on: "2024-03-01"),
    ])
    // Distances to 2023-12-31: 11 (outside the 10-day tolerance), 5, 61 (outside).
    #expect(r["n"]?.status == .true)
    #expect(r["n"]?.rule == .valueInRange)
    #expect(r["n"]?.entries == [2])
    #expect(r["n"]?.resolvedOn == F.day("2024-01-05"))
  }

  @Test func numericTieGoesToTheLaterRecorded() {
    let r = F.resolve([F.value(150, on: "2023-12-29"), F.value(80, on: "2024-01-02")])
    #expect(r["n"]?.status == .false)
    #expect(r["n"]?.entries == [2])
  }

  @Test func numericDisagreementOnOneDateConflicts() {
    let r = F.resolve([F.value(150, on: "2023-12-31"), F.value(80, on: "2023-12-31")])
    #expect(r["n"]?.status == .due)
    #expect(r["n"]?.flags == [.conflict])
  }

  @Test func binaryWaitsForAVerdictAndTalliesAssessments() {
    let support = EntryPayload.evidence(
      Evidence(
        question: "bin", observed: F.day("2024-05-01"), source: "fictional", summary: "",
        observation: .supports(.strong)))
    let refute = EntryPayload.evidence(
      Evidence(
        question: "bin", observed: F.day("2024-06-01"), source: "fictional", summary: "",
        observation: .refutes(.weak)))
    let r = F.resolve([support, refute])
    #expect(r["y"]?.status == .due)
    #expect(r["y"]?.entries == [1, 2])
    #expect(r["y"]?.assessments.summary == "1 supporting (1 strong), 1 refuting (1 weak)")
    let decided = F.resolve([support, F.verdict(.true, question: "bin", on: "2025-01-02")])
    #expect(decided["y"]?.status == .true)
  }

  @Test func amendmentAfterCloseIsFlagged() {
    let amended = EntryPayload.amendment(
      .forecast(F.yearWindow),
      changes: [FieldChange(field: "window.to", old: "2025-06-30", new: "2025-12-31")])
    // Recorded 2026-01-01, after the window closed on 2025-12-31.
    let r = F.resolve([amended])
    #expect(r["a"]?.flags == [.amendedAfterClose])
    let early = Resolver(
      catalog: F.catalog,
      entries: F.entries([amended], start: Timestamp.parse("2025-03-01T00:00:00Z")!),
      asOf: F.day("2026-11-29"), knownBy: .distantFuture
    ).resolve(F.yearWindow)
    #expect(early.flags == [])
  }
}
