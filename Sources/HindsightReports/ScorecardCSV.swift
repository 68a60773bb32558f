import Foundation
import HindsightCore

/// The `scorecard --format csv` table: one row per speaker (sorted by id) and an `overall`
/// row, flat columns (intervals as `_low`/`_high`), empty cells for undefined figures. The
/// calibration table does not fit flat columns; `--format json` has it.
public enum ScorecardCSV {
  /// The columns after `as_of` (which only the history has): `ScorecardColumn.all`, objects
  /// flattened.
  public static let header = ScorecardColumn.csvHeaders

  /// One scorecard as RFC 4180 CSV.
  public static func text(_ card: Scorecard, speakers: [Speaker]) -> String {
    collect { write(card, speakers: speakers, to: $0) }
  }

  /// Several scorecards, one block of rows per cut, with an `as_of` column first.
  public static func history(_ cards: [Scorecard], speakers: [Speaker]) -> String {
    collect { write(history: cards, speakers: speakers, to: $0) }
  }

  /// `scorecard --by tag`: one block of rows per tag, with a `tag` column first.
  public static func byTag(_ tagged: [TaggedScorecard], speakers: [Speaker]) -> String {
    collect { write(byTag: tagged, speakers: speakers, to: $0) }
  }

  /// Writes the text of `text(_:speakers:)` to `output`, in chunks of about 64 KiB (each
  /// valid only during the call).
  public static func write(
    _ card: Scorecard, speakers: [Speaker], to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    try write(lead: nil, blocks: [(nil, card)], speakers: speakers, to: output)
  }

  /// Writes the text of `history(_:speakers:)` to `output`, in chunks: a history of ten
  /// thousand speakers at seven cuts is 70 000 rows, written as they are made.
  public static func write(
    history cards: [Scorecard], speakers: [Speaker],
    to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    try write(
      lead: "as_of", blocks: cards.map { ($0.asOf.description, $0) }, speakers: speakers,
      to: output)
  }

  /// Writes the text of `byTag(_:speakers:)` to `output`, in chunks.
  public static func write(
    byTag tagged: [TaggedScorecard], speakers: [Speaker],
    to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    try write(
      lead: "tag", blocks: tagged.map { ($0.tag, $0.card) }, speakers: speakers, to: output)
  }

  /// The header (after a `lead` column, when given), then each block's rows: its card's
  /// speakers (sorted by id) and its `overall` row, each after the block's own first cell.
  private static func write(
    lead: String?, blocks: [(cell: String?, card: Scorecard)], speakers: [Speaker],
    to output: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var bytes: [UInt8] = []
    CSVWriter.append(record: (lead.map { [$0] } ?? []) + header, to: &bytes)
    for block in blocks {
      let lines: [(ScorecardLine, ScorecardIdentity?)] =
        ScorecardIdentity.lines(block.card, speakers: speakers).map { ($0.line, $0.identity) }
        + [(block.card.overall, nil)]
      for (line, identity) in lines {
        CSVWriter.append(recordTo: &bytes) { field in
          if let cell = block.cell { field(cell) }
          ScorecardColumn.csvCells(line, identity: identity).forEach(field)
        }
        if bytes.count >= 1 << 16 {
          try bytes.withUnsafeBytes(output)
          bytes.removeAll(keepingCapacity: true)
        }
      }
    }
    try bytes.withUnsafeBytes(output)
  }

  /// What a `write` hands its output, as one string.
  private static func collect(_ write: ((UnsafeRawBufferPointer) -> Void) -> Void) -> String {
    var result: [UInt8] = []
    write { result.append(contentsOf: $0) }
    return String(decoding: result, as: UTF8.self)
  }
}
