import Foundation
import HindsightCore

/// The `scorecard --format json` document (SPEC §7): `as_of`, `known_by`, `speakers` (sorted
/// by id) and `overall`, every figure present and `null` when undefined.
///
/// Written with `PrettyJSONWriter` in the form of every other JSON output (`JSONOutput`), keys
/// sorted; each line's members are the columns of `ScorecardColumn.all`.
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

  /// Writes `scorecard --by tag` as JSON to `output`: `as_of`, `known_by` and `tags`, one
  /// object per tag (sorted) with its `overall` line, its `speakers` and the `tag`.
  public static func write(
    byTag tagged: [TaggedScorecard], asOf: Day, knownBy: Date, speakers: [Speaker],
    to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var json = PrettyJSONWriter()
    json.openObject()
    json.member("as_of", asOf.description)
    json.member("known_by", Timestamp.format(knownBy))
    json.key("tags")
    json.openArray()
    for entry in tagged {
      json.element()
      json.openObject()
      try writeLines(entry.card, speakers: speakers, to: &json, output: output)
      json.member("tag", entry.tag)
      json.closeObject()
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
    try writeLines(card, speakers: speakers, to: &json, output: output)
    json.closeObject()
  }

  /// The `overall` and `speakers` members of a card.
  private static func writeLines(
    _ card: Scorecard, speakers: [Speaker], to json: inout PrettyJSONWriter,
    output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    json.key("overall")
    write(card.overall, identity: nil, to: &json)
    json.key("speakers")
    json.openArray()
    // The lines are written a window at a time, each window's in slices on every processor
    // and appended in order: a history of ten thousand speakers is hundreds of megabytes.
    let lines = ScorecardIdentity.lines(card, speakers: speakers)
    let (depth, first) = (json.depth, json.innermostIsEmpty)
    try Concurrent.forEachWindow(
      of: lines, window: linesAWindow, grain: 64,
      render: { slice in
        var part = PrettyJSONWriter(elementsAt: depth, first: first && slice.startIndex == 0)
        for (line, identity) in slice {
          part.element()
          write(line, identity: identity, to: &part)
        }
        return part.bytes
      },
      emit: { part in
        json.append(elements: part)
        if json.count >= 1 << 16 { try json.drain(to: output) }
      })
    json.closeArray()
  }

  /// How many speakers' lines are written at once, on every processor (about 5 KB each).
  static let linesAWindow = 4096

  /// One line, as `ScorecardColumn` describes it.
  private static func write(
    _ line: ScorecardLine, identity: ScorecardIdentity?, to json: inout PrettyJSONWriter
  ) {
    ScorecardColumn.writeJSON(line, identity: identity, to: &json)
  }
}
