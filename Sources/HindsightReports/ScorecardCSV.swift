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
    CSVWriter.document(header: header, rows: rows(card, speakers: speakers))
  }

  /// Several scorecards, one block of rows per cut, with an `as_of` column first.
  public static func history(_ cards: [Scorecard], speakers: [Speaker]) -> String {
    CSVWriter.document(
      header: ["as_of"] + header,
      rows: cards.flatMap { card in
        rows(card, speakers: speakers).map { [card.asOf.description] + $0 }
      })
  }

  /// `scorecard --by tag`: one block of rows per tag, with a `tag` column first.
  public static func byTag(_ tagged: [TaggedScorecard], speakers: [Speaker]) -> String {
    CSVWriter.document(
      header: ["tag"] + header,
      rows: tagged.flatMap { entry in
        rows(entry.card, speakers: speakers).map { [entry.tag] + $0 }
      })
  }

  static func rows(_ card: Scorecard, speakers: [Speaker]) -> [[String]] {
    ScorecardIdentity.lines(card, speakers: speakers).map { line, identity in
      ScorecardColumn.csvCells(line, identity: identity)
    } + [ScorecardColumn.csvCells(card.overall, identity: nil)]
  }
}
