import Foundation
import HindsightCore

/// The `scorecard --format json` document (SPEC §7): `as_of`, `known_by`, `speakers` (sorted
/// by id) and `overall`, every figure present and `null` when undefined.
///
/// Written with `PrettyJSONWriter` in the form of every other JSON output (`JSONOutput`), keys
/// sorted; the tests check it byte for byte against Foundation's `JSONEncoder` and `Scores`'
/// `Encodable` conformance.
public enum ScorecardJSON {
  /// One scorecard as a JSON object, ending with a newline.
  public static func text(_ card: Scorecard, speakers: [Speaker]) -> String {
    String(decoding: bytes(card, speakers: speakers), as: UTF8.self)
  }

  /// Several scorecards (one per cut) as `{"history": [ … ]}`, ending with a newline.
  public static func history(_ cards: [Scorecard], speakers: [Speaker]) -> String {
    String(decoding: historyBytes(cards, speakers: speakers), as: UTF8.self)
  }

  /// The UTF-8 text of `text(_:speakers:)`.
  public static func bytes(_ card: Scorecard, speakers: [Speaker]) -> [UInt8] {
    var result: [UInt8] = []
    write(card, speakers: speakers) { result.append(contentsOf: $0) }
    return result
  }

  /// The UTF-8 text of `history(_:speakers:)`.
  public static func historyBytes(_ cards: [Scorecard], speakers: [Speaker]) -> [UInt8] {
    var result: [UInt8] = []
    write(history: cards, speakers: speakers) { result.append(contentsOf: $0) }
    return result
  }

  /// Writes the text of `text(_:speakers:)` to `output`, in chunks of about 64 KiB
  /// (each valid only during the call).
  public static func write(
    _ card: Scorecard, speakers: [Speaker], to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var json = PrettyJSONWriter()
    try write(card, speakers: speakers, to: &json, output: output)
    json.newline()
    try json.drain(to: output)
  }

  /// Writes the text of `history(_:speakers:)` to `output`, in chunks of about 64 KiB
  /// (each valid only during the call).
  public static func write(
    history cards: [Scorecard], speakers: [Speaker],
    to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var json = PrettyJSONWriter()
    json.openObject()
    json.key("history")
    json.openArray()
    for card in cards {
      json.element()
      try write(card, speakers: speakers, to: &json, output: output)
    }
    json.closeArray()
    json.closeObject()
    json.newline()
    try json.drain(to: output)
  }

  private static func write(
    _ card: Scorecard, speakers: [Speaker], to json: inout PrettyJSONWriter,
    output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    json.openObject()
    json.member("as_of", card.asOf.description)
    json.member("known_by", Timestamp.format(card.knownBy))
    json.key("overall")
    write(card.overall, identity: nil, to: &json)
    json.key("speakers")
    json.openArray()
    for (line, identity) in ScorecardIdentity.lines(card, speakers: speakers) {
      json.element()
      write(line, identity: identity, to: &json)
      if json.count >= 1 << 16 { try json.drain(to: output) }
    }
    json.closeArray()
    json.closeObject()
  }

  /// One line: its scores (the keys `Scores` encodes), tally and identity keys, in key order.
  private static func write(
    _ line: ScorecardLine, identity: ScorecardIdentity?, to json: inout PrettyJSONWriter
  ) {
    let scores = line.scores
    json.openObject()
    json.member("annulled", line.tally.annulled)
    json.member("base_rate", scores.baseRate)
    json.member("brier", scores.brier)
    json.member("brier_ci95", object: scores.brierCI95) { json, interval in
      json.member("high", interval.high)
      json.member("low", interval.low)
      json.member("method", interval.method.rawValue)
    }
    json.member("brier_range", object: scores.brierRange) { json, range in
      json.member("at_high_ends", range.atHighEnds)
      json.member("at_low_ends", range.atLowEnds)
      json.member("max", range.max)
      json.member("min", range.min)
      json.member("varied", range.varied)
    }
    json.member("bss_base_rate", scores.bssBaseRate)
    json.member("bss_coin", scores.bssCoin)
    json.key("calibration")
    json.openArray()
    for bin in scores.calibration {
      json.element()
      json.openObject()
      json.member("lower", bin.lower)
      json.member("mean_p", bin.meanP)
      json.member("n", bin.n)
      json.member("observed", bin.observed)
      json.member("observed_ci95", object: bin.observedCI95, write)
      json.member("upper", bin.upper)
      json.closeObject()
    }
    json.closeArray()
    json.member("calibration_in_the_large", scores.calibrationInTheLarge)
    json.member("due", line.tally.due)
    json.key("enough_to_judge")
    json.bool(scores.enoughToJudge)
    json.member("forecasts", line.tally.forecasts)
    json.member("hit_rate", scores.hitRate)
    json.member("hit_rate_ci95", object: scores.hitRateCI95, write)
    json.member("hit_rate_n", scores.hitRateN)
    if let identity {
      json.member("id", identity.id)
    }
    json.member("log_loss", scores.logLoss)
    json.member("mean_p", scores.meanP)
    json.member("murphy", object: scores.murphy) { json, murphy in
      json.member("reliability", murphy.reliability)
      json.member("resolution", murphy.resolution)
      json.member("uncertainty", murphy.uncertainty)
    }
    json.member("n", scores.n)
    if let identity {
      json.member("name", identity.name)
      json.member("name_en", identity.nameEn)
    }
    json.member("open", line.tally.open)
    json.member("overconfidence", scores.overconfidence)
    if let identity {
      json.key("rank")
      if let rank = identity.rank { json.number(rank) } else { json.null() }
    }
    json.member("resolved", line.tally.resolved)
    json.member("spherical", scores.spherical)
    json.closeObject()
  }

  /// The members of an interval object.
  private static func write(_ json: inout PrettyJSONWriter, _ interval: Interval) {
    json.member("high", interval.high)
    json.member("low", interval.low)
  }
}
