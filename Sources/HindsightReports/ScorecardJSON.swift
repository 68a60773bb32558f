import Foundation
import HindsightCore

/// The `scorecard --format json` document (SPEC §7): `as_of`, `known_by`, `speakers` (sorted
/// by id) and `overall`, every figure present and `null` when undefined.
public enum ScorecardJSON {
  /// One scorecard as a JSON object, ending with a newline.
  public static func text(_ card: Scorecard, speakers: [Speaker]) throws -> String {
    try JSONOutput.text(CardObject(card: card, speakers: speakers))
  }

  /// Several scorecards (one per cut) as `{"history": [ … ]}`, ending with a newline.
  public static func history(_ cards: [Scorecard], speakers: [Speaker]) throws -> String {
    try JSONOutput.text(["history": cards.map { CardObject(card: $0, speakers: speakers) }])
  }
}

/// One cut's object.
private struct CardObject: Encodable {
  let card: Scorecard
  let speakers: [Speaker]

  enum CodingKeys: String, CodingKey {
    case asOf = "as_of"
    case knownBy = "known_by"
    case speakers
    case overall
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(card.asOf.description, forKey: .asOf)
    try container.encode(Timestamp.format(card.knownBy), forKey: .knownBy)
    let lines = ScorecardIdentity.lines(card, speakers: speakers).map {
      LineObject(line: $0.line, identity: $0.identity)
    }
    try container.encode(lines, forKey: .speakers)
    try container.encode(LineObject(line: card.overall, identity: nil), forKey: .overall)
  }
}

/// One line: the tally and identity keys merged into the keys ``Scores`` writes.
private struct LineObject: Encodable {
  let line: ScorecardLine
  let identity: ScorecardIdentity?

  enum CodingKeys: String, CodingKey {
    case id, name, rank, forecasts, resolved, open, due, annulled
    case nameEn = "name_en"
  }

  func encode(to encoder: any Encoder) throws {
    try line.scores.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    if let identity {
      try container.encode(identity.id, forKey: .id)
      try container.encode(identity.name, forKey: .name)
      try container.encode(identity.nameEn, forKey: .nameEn)
      try container.encode(identity.rank, forKey: .rank)
    }
    try container.encode(line.tally.forecasts, forKey: .forecasts)
    try container.encode(line.tally.resolved, forKey: .resolved)
    try container.encode(line.tally.open, forKey: .open)
    try container.encode(line.tally.due, forKey: .due)
    try container.encode(line.tally.annulled, forKey: .annulled)
  }
}
