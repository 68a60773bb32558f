import Foundation
import HindsightCore

@testable import HindsightReports

/// The scorecard JSON as Foundation's `JSONEncoder` writes it (through `JSONOutput` and the
/// `Encodable` conformance of `Scores`): the independent oracle `ScorecardJSON`'s hand-written
/// writer is checked against, byte for byte.
enum ScorecardJSONOracle {
  static func text(_ card: Scorecard, speakers: [Speaker]) throws -> String {
    try JSONOutput.text(CardObject(card: card, speakers: speakers))
  }

  static func history(_ cards: [Scorecard], speakers: [Speaker]) throws -> String {
    try JSONOutput.text(["history": cards.map { CardObject(card: $0, speakers: speakers) }])
  }

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
}
