import HindsightCore
import Testing

/// Per-speaker and pooled scoring. Fictional speakers; expected values are the scores of
/// the same subsets computed directly (the subsets' own figures are checked by the oracle).
@Suite("Scoring by speaker")
struct ScoreGroupsTests {
  @Test("each speaker is scored alone and everyone pooled, speakers sorted by id")
  func grouping() throws {
    let alice = forecasts([0.9, 0.8, 0.7], [1, 0, 1])
    let bob = forecasts([0.6, 0.7, 0.8, 0.9], [1, 1, 1, 1])
    let items =
      [bob[0], bob[1]].map { (speaker: "fictional-bob", forecast: $0) }
      + alice.map { (speaker: "fictional-alice", forecast: $0) }
      + [bob[2], bob[3]].map { (speaker: "fictional-bob", forecast: $0) }
    let groups = Scoring.scoresBySpeaker(items)
    #expect(groups.speakers.map(\.speaker) == ["fictional-alice", "fictional-bob"])
    #expect(groups.scores(for: "fictional-alice") == Scoring.scores(alice))
    #expect(groups.scores(for: "fictional-bob") == Scoring.scores(bob))
    #expect(groups.scores(for: "nobody") == nil)
    #expect(groups.overall == Scoring.scores(alice + bob))
    // Pooled Brier by hand: (0.74 + 0.3) / 7 = 1.04 / 7.
    #expect(close(groups.overall.brier, 1.04 / 7))
    #expect(groups.overall.n == 7)
  }

  @Test("no forecasts: no speakers and empty pooled scores")
  func empty() {
    let groups = Scoring.scoresBySpeaker([])
    #expect(groups.speakers.isEmpty && groups.overall == .empty)
  }
}
