import HindsightCore

/// Who a scorecard line is about: id, names and rank (nil when too few to judge).
struct ScorecardIdentity {
  let id: String
  let name: String
  let nameEn: String
  let rank: Int?

  /// Each speaker line of `card` (sorted by id) with its identity.
  static func lines(_ card: Scorecard, speakers: [Speaker]) -> [(
    line: ScorecardLine, identity: ScorecardIdentity
  )] {
    let ranks = Dictionary(
      ScorecardReport.ranking(card).map { ($0.line.speaker ?? "", $0.rank) },
      uniquingKeysWith: { first, _ in first })
    return card.speakers.map { line in
      let id = line.speaker ?? ""
      let speaker = speakers.first { $0.id == id }
      return (
        line,
        ScorecardIdentity(
          id: id, name: speaker?.name ?? id, nameEn: speaker?.nameEn ?? id, rank: ranks[id])
      )
    }
  }
}
