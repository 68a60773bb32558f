import HindsightCore
import Testing

/// `ResolutionChange` lists exactly the forecasts whose resolution moved (worked by hand).
@Suite struct ResolutionChangeTests {
  typealias F = ResolverFixture

  @Test func anOccurrenceChangesTheThreeEventForecastsOnly() {
    let before = Array(F.resolve([]).values).sorted { $0.forecast < $1.forecast }
    let after = Array(F.resolve([F.occurred("2025-06-15")]).values).sorted {
      $0.forecast < $1.forecast
    }
    let changes = ResolutionChange.between(before, after)
    #expect(changes.map(\.forecast) == ["a", "b", "c"])
    #expect(
      changes.map(\.description) == [
        "a: due → true (occurred-in-window)",
        "b: due → true (occurred-in-window)",
        "c: open → false (occurred-before-window)",
      ])
  }

  @Test func nothingChangesWhenNothingMoves() {
    let same = Array(F.resolve([F.occurred("2025-06-15")]).values)
    #expect(ResolutionChange.between(same, same).isEmpty)
  }

  @Test func anotherReportOfTheSameOccurrenceChangesNothing() {
    // The earliest occurrence stays 2025-06-15, so every status, date and rule stays the same;
    // only the list of entries cited grows.
    let before = Array(F.resolve([F.occurred("2025-06-15")]).values)
    let after = Array(F.resolve([F.occurred("2025-06-15"), F.occurred("2025-07-01")]).values)
    #expect(ResolutionChange.between(before, after).isEmpty)
  }

  @Test func aConflictNamesItsFlag() {
    let before = Array(F.resolve([F.occurred("2025-06-15")], asOf: "2027-07-01").values)
    let after = Array(
      F.resolve([F.occurred("2025-06-15"), F.occurred("2027-06-01")], asOf: "2027-07-01").values)
    let change = ResolutionChange.between(before, after).first { $0.forecast == "a" }
    #expect(change?.description == "a: true → due (conflict)")
  }
}
