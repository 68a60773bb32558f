import HindsightCore

/// Who a scorecard line is about: id, names and rank (nil when too few to judge).
struct ScorecardIdentity: Sendable {
  let id: String
  let name: String
  let nameEn: String
  let rank: Int?

  /// Each speaker line of `card` (sorted by id) with its identity.
  static func lines(_ card: Scorecard, speakers: [Speaker]) -> [(
    line: ScorecardLine, identity: ScorecardIdentity
  )] {
    var ranks = [Int?](repeating: nil, count: card.speakers.count)
    for (rank, index) in ScorecardReport.ranks(card) { ranks[index] = rank }
    let byID = ScorecardReport.byID(speakers)
    return zip(card.speakers, ranks).map { line, rank in
      let id = line.speaker ?? ""
      let speaker = byID[id]
      return (
        line,
        ScorecardIdentity(
          id: id, name: speaker?.name ?? id, nameEn: speaker?.nameEn ?? id, rank: rank)
      )
    }
  }
}
