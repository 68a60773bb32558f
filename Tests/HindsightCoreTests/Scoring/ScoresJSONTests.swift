import Foundation
import HindsightCore
import Testing

/// The JSON shape of `scorecard --format json` figures (SPEC §7). Fictional forecasts.
@Suite("Scores JSON")
struct ScoresJSONTests {
  private func json(_ scores: Scores) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(scores), as: UTF8.self)
  }

  private func object(_ scores: Scores) throws -> [String: Any] {
    let data = try JSONEncoder().encode(scores)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test("undefined figures are written as null, never left out (expected text by hand)")
  func emptyIsAllNull() throws {
    let expected =
      #"{"base_rate":null,"brier":null,"brier_ci95":null,"brier_range":null,"#
      + #""bss_base_rate":null,"bss_coin":null,"calibration":[],"#
      + #""calibration_in_the_large":null,"enough_to_judge":false,"hit_rate":null,"#
      + #""hit_rate_ci95":null,"hit_rate_n":0,"log_loss":null,"mean_p":null,"murphy":null,"#
      + #""n":0,"overconfidence":null,"spherical":null}"#
    #expect(try json(.empty) == expected)
  }

  @Test("only p = 0.5: hit rate keys present and null")
  func hitRateNull() throws {
    let dictionary = try object(Scoring.scores(forecasts([0.5, 0.5], [1, 0])))
    #expect(dictionary["hit_rate"] is NSNull)
    #expect(dictionary["hit_rate_ci95"] is NSNull)
    #expect(dictionary["overconfidence"] is NSNull)
    #expect(dictionary["brier"] as? Double == 0.25)
  }

  @Test("every SPEC §7 key, with nested murphy, calibration and interval keys")
  func keys() throws {
    let scores = Scoring.scores([
      ScoredForecast(p: 0.75, outcome: true, pLow: 0.65, pHigh: 0.8),
      ScoredForecast(p: 0.2, outcome: false),
    ])
    let dictionary = try object(scores)
    let required = [
      "brier", "brier_ci95", "log_loss", "spherical", "hit_rate", "hit_rate_ci95",
      "bss_base_rate", "bss_coin", "calibration_in_the_large", "overconfidence", "murphy",
      "calibration", "brier_range", "n",
    ]
    for key in required { #expect(dictionary[key] != nil, "missing \(key)") }
    let murphy = try #require(dictionary["murphy"] as? [String: Any])
    #expect(Set(murphy.keys) == ["reliability", "resolution", "uncertainty"])
    let bins = try #require(dictionary["calibration"] as? [[String: Any]])
    #expect(bins.count == 2)
    #expect(
      Set(bins[0].keys) == ["lower", "upper", "n", "mean_p", "observed", "observed_ci95"])
    let ci = try #require(dictionary["brier_ci95"] as? [String: Any])
    #expect(ci["method"] as? String == "bootstrap")
    #expect(Set(ci.keys) == ["low", "high", "method"])
    let range = try #require(dictionary["brier_range"] as? [String: Any])
    #expect(Set(range.keys) == ["min", "max", "at_low_ends", "at_high_ends", "varied"])
    #expect(range["varied"] as? Int == 1)
  }

  @Test("decoding what was encoded gives the same scores")
  func roundTrip() throws {
    for scores in [Scores.empty, Scoring.scores(forecasts(n30P, n30O))] {
      let data = try JSONEncoder().encode(scores)
      #expect(try JSONDecoder().decode(Scores.self, from: data) == scores)
    }
  }
}
