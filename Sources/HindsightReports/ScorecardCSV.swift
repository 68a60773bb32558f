import Foundation
import HindsightCore

/// The `scorecard --format csv` table: one row per speaker (sorted by id) and an `overall`
/// row, flat columns (intervals as `_low`/`_high`), empty cells for undefined figures. The
/// calibration table does not fit flat columns; `--format json` has it.
public enum ScorecardCSV {
  /// The columns after `as_of` (which only the history has).
  public static let header = [
    "id", "name", "name_en", "rank", "forecasts", "resolved", "open", "due", "annulled", "n",
    "enough_to_judge", "base_rate", "mean_p", "brier", "brier_ci95_low", "brier_ci95_high",
    "brier_ci95_method", "brier_range_min", "brier_range_max", "brier_range_at_low_ends",
    "brier_range_at_high_ends", "brier_range_varied", "log_loss", "spherical", "bss_base_rate",
    "bss_coin", "murphy_reliability", "murphy_resolution", "murphy_uncertainty",
    "calibration_in_the_large", "overconfidence", "hit_rate", "hit_rate_n", "hit_rate_ci95_low",
    "hit_rate_ci95_high",
  ]

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

  static func rows(_ card: Scorecard, speakers: [Speaker]) -> [[String]] {
    let speakerRows = ScorecardIdentity.lines(card, speakers: speakers).map { line, identity in
      [identity.id, identity.name, identity.nameEn, identity.rank.map { "\($0)" } ?? ""]
        + figures(line)
    }
    return speakerRows + [["overall", "", "", ""] + figures(card.overall)]
  }

  static func figures(_ line: ScorecardLine) -> [String] {
    let tally = line.tally
    let scores = line.scores
    return [
      "\(tally.forecasts)", "\(tally.resolved)", "\(tally.open)", "\(tally.due)",
      "\(tally.annulled)", "\(scores.n)", scores.enoughToJudge ? "true" : "false",
      number(scores.baseRate), number(scores.meanP), number(scores.brier),
      number(scores.brierCI95?.low), number(scores.brierCI95?.high),
      scores.brierCI95?.method.rawValue ?? "",
      number(scores.brierRange?.min), number(scores.brierRange?.max),
      number(scores.brierRange?.atLowEnds), number(scores.brierRange?.atHighEnds),
      scores.brierRange.map { "\($0.varied)" } ?? "",
      number(scores.logLoss), number(scores.spherical), number(scores.bssBaseRate),
      number(scores.bssCoin), number(scores.murphy?.reliability),
      number(scores.murphy?.resolution), number(scores.murphy?.uncertainty),
      number(scores.calibrationInTheLarge), number(scores.overconfidence),
      number(scores.hitRate), "\(scores.hitRateN)", number(scores.hitRateCI95?.low),
      number(scores.hitRateCI95?.high),
    ]
  }

  /// A figure in Swift's shortest round-trip form, or empty when undefined.
  static func number(_ value: Double?) -> String {
    value.map { "\($0)" } ?? ""
  }
}
