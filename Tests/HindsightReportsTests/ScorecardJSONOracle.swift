import Foundation
import HindsightCore

@testable import HindsightReports

/// The scorecard JSON as Foundation's `JSONEncoder` writes it (through `JSONOutput`), from the
/// values of `ScorecardColumn.all`: the independent oracle that `ScorecardJSON`'s hand-written
/// writer (its syntax, escaping, number forms and key order) is checked against, byte for
/// byte.
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

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ text: String) { stringValue = text }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  private struct LineObject: Encodable {
    let line: ScorecardLine
    let identity: ScorecardIdentity?

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      for column in ScorecardColumn.all where identity != nil || !column.speakerOnly {
        try container.encode(
          FigureObject(figure: column.value(line, identity), shape: column.shape),
          forKey: Key("\(column.key)"))
      }
    }
  }

  private struct BinObject: Encodable {
    let bin: CalibrationBin

    enum CodingKeys: String, CodingKey {
      case lower, upper, n, observed
      case meanP = "mean_p"
      case observedCI95 = "observed_ci95"
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(bin.lower, forKey: .lower)
      try container.encode(bin.upper, forKey: .upper)
      try container.encode(bin.n, forKey: .n)
      try container.encode(bin.observed, forKey: .observed)
      try container.encode(bin.meanP, forKey: .meanP)
      try container.encode(
        ["low": bin.observedCI95.low, "high": bin.observedCI95.high], forKey: .observedCI95)
    }
  }

  private struct FigureObject: Encodable {
    let figure: ScorecardFigure
    let shape: ScorecardShape

    func encode(to encoder: any Encoder) throws {
      switch (figure, shape) {
      case (.count(let value), _):
        var container = encoder.singleValueContainer()
        try container.encode(value)
      case (.number(let value), _):
        var container = encoder.singleValueContainer()
        try container.encode(value)
      case (.flag(let value), _):
        var container = encoder.singleValueContainer()
        try container.encode(value)
      case (.text(let value), _):
        var container = encoder.singleValueContainer()
        try container.encode(value)
      case (.bins(let bins), _):
        var container = encoder.singleValueContainer()
        try container.encode(bins.map(BinObject.init))
      case (.object(let values?), .object(let members, _)):
        var container = encoder.container(keyedBy: Key.self)
        for (member, value) in zip(members, values) {
          try container.encode(
            FigureObject(figure: value, shape: member.shape), forKey: Key("\(member.key)"))
        }
      default:
        var container = encoder.singleValueContainer()
        try container.encodeNil()
      }
    }
  }
}
