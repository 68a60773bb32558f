import Foundation
import HindsightCore
import Testing

@testable import HindsightReports

/// Tests of the scorecard renderers on ``FictionalScorecard`` (a FICTIONAL scorecard).
///
/// Expected figures were worked out independently with Python 3 (numpy, scikit-learn
/// brier_score_loss and log_loss, statsmodels proportion_confint method="wilson"); the bootstrap
/// intervals with scripts/scoring_oracle_cases.py's reimplementation of the documented
/// SplitMix64 resampling.
@Suite struct ScorecardReportTests {
  @Test func tableRanksSplitsAndPools() {
    let lines = ScorecardReport.table(
      FictionalScorecard.card, speakers: FictionalScorecard.speakers, maxWidth: nil)
    #expect(lines == Self.expectedTable)
  }

  /// No forecast shares a proposition, so no peer score. Figures (Python, see above): Wang Brier 0.1625, bootstrap [0.028, 0.3715], range
  /// [0.1345, 0.178], log loss 0.48975, hit 4/5, BSS 0.3229, over-confidence −0.03; Ada 0.44,
  /// [0.184, 0.678], log loss 1.18290, hit 1/4, BSS −0.8333, over-confidence 0.575 (0.57499…
  /// in binary, so +0.57); pooled 0.294375, [0.1477, 0.4517], range [0.2827, 0.3008], log loss
  /// 0.81587, hit 6/11, BSS −0.3247, over-confidence 0.2136; Bo 0.26.
  static let expectedTable = [
    "Scorecard as of 2032-12-31, known by 2033-01-15T00:00:00.000Z.",
    "Brier score (0–1 scale, lower is better). Intervals are 95%: boot = bootstrap (below 30 "
      + "resolved forecasts), normal = normal approximation (from 30 on).",
    "",
    "#  speaker               resolved  Brier  95% interval    range      peer  log loss   hit rate    BSS  overconf",
    "1  王小明 Wang Xiaoming       5/5  0.163  0.03–0.37 boot  0.13–0.18     —     0.490   80% of 5  +0.32     -0.03",
    "2  Ada Example                5/6  0.440  0.18–0.68 boot  —             —     1.183   25% of 4  -0.83     +0.57",
    "",
    "Too few to judge calibration (fewer than 5 resolved):",
    "speaker         forecasts  resolved  open  due  annulled  Brier",
    "薄样 Bo Sample          4         2     0    1         1  0.260",
    "Cy Invent               1         0     1    0         0      —",
    "",
    "All speakers pooled:",
    "#  speaker               resolved  Brier  95% interval    range      peer  log loss   hit rate    BSS  overconf",
    "   all speakers             12/16  0.294  0.15–0.45 boot  0.28–0.30     —     0.816  55% of 11  -0.32     +0.21",
    "",
    ScorecardReport.legend,
  ]

  @Test func tableFitsANarrowTerminal() {
    let lines = ScorecardReport.table(
      FictionalScorecard.card, speakers: FictionalScorecard.speakers, maxWidth: 80)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    #expect(lines.contains { $0.hasPrefix("1  王小明") })
  }

  /// Column widths worked out by hand. With original names only, intervals without their
  /// method and peer, log loss and range left out, the ranked table takes # 1, speaker 12 ("all
  /// speakers"), resolved 8, Brier 5, interval 12, hit rate 9, BSS 5, overconf 8 and seven
  /// separators: 74 cells; range would add 11 (85 > 80). At 60, BSS (7) and overconf (10) go
  /// too: 57. The too-few table takes 63 cells with both names (speaker 14, 薄样 Bo Sample), 58
  /// with original names (speaker 9, Cy Invent).
  @Test func narrowTablesLeaveOutFiguresAndSayWhich() {
    let at80 = ScorecardReport.table(
      FictionalScorecard.card, speakers: FictionalScorecard.speakers, maxWidth: 80)
    // The caption wraps onto two lines, then a blank line.
    #expect(at80[4] == "#  speaker       resolved  Brier  95% interval   hit rate    BSS  overconf")
    #expect(at80[5] == "1  王小明             5/5  0.163  0.03–0.37      80% of 5  +0.32     -0.03")
    #expect(at80.contains("薄样 Bo Sample          4         2     0    1         1  0.260"))
    #expect(
      at80.contains { $0.hasPrefix("Left out to fit 80 columns: peer, log loss, range (--wide") })
    #expect(at80[1].hasSuffix("Intervals are 95%: bootstrap below 30"))

    let at60 = ScorecardReport.table(
      FictionalScorecard.card, speakers: FictionalScorecard.speakers, maxWidth: 60)
    #expect(at60[5] == "#  speaker       resolved  Brier  95% interval   hit rate")
    #expect(at60.contains("薄样               4         2     0    1         1  0.260"))
    let legend = at60.drop { !$0.hasPrefix("Left out") }.joined(separator: " ")
    #expect(legend.hasPrefix("Left out to fit 60 columns: peer, log loss, range, BSS, overconf"))
    #expect(!legend.contains("BSS: skill") && legend.contains("hit rate: share"))
    for lines in [at80, at60] { #expect(!lines.joined().contains(DisplayWidth.ellipsis)) }
  }

  /// Five cuts of ten cells each (figures right-aligned: " 0.163 (5)"): 80 cells with both
  /// names (speaker 20), 72 with original names (speaker 12, "all speakers"), 60 without the
  /// oldest cut.
  @Test func narrowHistoryLeavesOutTheOldestCuts() {
    let cards = (2028...2032).map { year in
      var card = FictionalScorecard.card
      card.asOf = Day("\(year)-12-31")!
      return card
    }
    let speakers = FictionalScorecard.speakers
    let at80 = ScorecardHistory.table(cards, speakers: speakers, maxWidth: 80)
    #expect(at80.contains { $0.hasPrefix("王小明 Wang Xiaoming   0.163 (5)") })
    #expect(!at80.contains { $0.hasPrefix("Left out") })
    let at60 = ScorecardHistory.table(cards, speakers: speakers, maxWidth: 60)
    #expect(
      at60.contains("speaker       2029-12-31  2030-12-31  2031-12-31  2032-12-31"))
    #expect(at60.contains { $0.hasPrefix("王小明         0.163 (5)") })
    #expect(at60.contains { $0.hasPrefix("Left out to fit 60 columns: 2028-12-31 (--wide") })
    let wide = ScorecardHistory.table(cards, speakers: speakers, maxWidth: 60, wide: true)
    #expect(wide.contains { $0.hasPrefix("王小明 Wang Xiaoming   0.163 (5)") })
    #expect(wide.contains { $0.hasPrefix("speaker") && $0.contains("2028-12-31") })
  }

  /// Shrunk Brier scores by hand: Wang (5 × 0.1625 + 30 × 0.25)/35 = 0.23759, Ada
  /// (5 × 0.44 + 7.5)/35 = 0.27714.
  @Test func rankingIsByShrunkBrierWithSharedRanksForTies() {
    let ranking = ScorecardReport.ranking(FictionalScorecard.card)
    #expect(ranking.map(\.rank) == [1, 2])
    #expect(ranking.map(\.line.speaker) == ["wang-xiaoming", "ada-example"])
    let wang = FictionalScorecard.card.speakers[3].scores.brierShrunk ?? .nan
    #expect(abs(wang - (5 * 0.1625 + 7.5) / 35) < 1e-12)
    var tied = FictionalScorecard.card
    tied.speakers[0].scores.brierShrunk = tied.speakers[3].scores.brierShrunk  // ada := wang
    #expect(ScorecardReport.ranking(tied).map(\.rank) == [1, 1])
    #expect(ScorecardReport.ranking(tied).map(\.line.speaker) == ["ada-example", "wang-xiaoming"])
  }

  /// SPEC §7's keys, plus the documented extras.
  static let speakerKeys: Set<String> = [
    "id", "name", "forecasts", "resolved", "open", "due", "annulled", "brier", "brier_ci95",
    "log_loss", "spherical", "hit_rate", "hit_rate_ci95", "bss_base_rate", "bss_coin",
    "calibration_in_the_large", "overconfidence", "murphy", "calibration", "brier_range",
    // SPEC §7's figures against others, over time and by horizon
    "peer_score", "peer_n", "relative_brier", "brier_time_averaged", "by_horizon",
    // extras
    "name_en", "rank", "n", "enough_to_judge", "base_rate", "mean_p", "hit_rate_n", "updates",
    "already_true", "brier_shrunk",
  ]

  @Test func jsonHasExactlyTheSpecKeysWithNulls() throws {
    let text = ScorecardJSON.text(
      FictionalScorecard.card, speakers: FictionalScorecard.speakers)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["as_of", "known_by", "speakers", "overall"])
    #expect(object["as_of"] as? String == "2032-12-31")
    #expect(object["known_by"] as? String == "2033-01-15T00:00:00.000Z")
    let speakers = try #require(object["speakers"] as? [[String: Any]])
    #expect(
      speakers.map { $0["id"] as? String } == [
        "ada-example", "bo-sample", "cy-invent", "wang-xiaoming",
      ])
    for speaker in speakers { #expect(Set(speaker.keys) == Self.speakerKeys) }
    let overall = try #require(object["overall"] as? [String: Any])
    #expect(Set(overall.keys) == Self.speakerKeys.subtracting(["id", "name", "name_en", "rank"]))
    // Cy has no resolved forecast: every figure is null, the tally is not.
    let cy = speakers[2]
    for key in [
      "brier", "brier_ci95", "log_loss", "murphy", "hit_rate", "brier_range", "rank",
      "brier_shrunk", "brier_time_averaged", "peer_score", "relative_brier",
    ] {
      #expect(cy[key] is NSNull, "\(key)")
    }
    #expect(cy["open"] as? Int == 1)
    // Bo: both forecasts came true, so the base-rate skill score is undefined.
    #expect(speakers[1]["bss_base_rate"] is NSNull)
    #expect(speakers[1]["name"] as? String == "薄样")
    #expect(speakers[3]["rank"] as? Int == 1)
    let murphy = try #require(speakers[3]["murphy"] as? [String: Any])
    #expect(Set(murphy.keys) == ["reliability", "resolution", "uncertainty"])
    let bins = try #require(speakers[3]["calibration"] as? [[String: Any]])
    #expect(Set(bins[0].keys) == ["lower", "upper", "n", "mean_p", "observed", "observed_ci95"])
    #expect(!text.contains("NaN"))
  }

  @Test func historyJSONWrapsEachCut() throws {
    let card = FictionalScorecard.card
    let text = ScorecardJSON.history([card, card], speakers: FictionalScorecard.speakers)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect((object["history"] as? [Any])?.count == 2)
  }

  @Test func csvHasOneRowPerSpeakerAndOverall() {
    let text = ScorecardCSV.text(FictionalScorecard.card, speakers: FictionalScorecard.speakers)
    let records = text.components(separatedBy: "\r\n").dropLast()
    #expect(records.count == 6)
    #expect(records.first == ScorecardCSV.header.joined(separator: ","))
    #expect(
      records.map { $0.prefix { $0 != "," } } == [
        "id", "ada-example", "bo-sample", "cy-invent", "wang-xiaoming", "overall",
      ])
    #expect(records[3] == Self.expectedCyRow)
    let history = ScorecardCSV.history(
      [FictionalScorecard.card], speakers: FictionalScorecard.speakers)
    #expect(history.hasPrefix("as_of,id,name,"))
    #expect(
      history.contains("\r\n2032-12-31,ada-example,Ada Example,Ada Example,2,6,5,1,0,0,5,true,"))
  }

  /// Cy Invent: one open forecast, nothing scored; every figure empty. After the hit rate's
  /// interval: 1 update, 0 already true, four empty means, peer_n 0, and n 0 with an empty
  /// Brier score for each of the four horizons.
  static let expectedCyRow =
    "cy-invent,Cy Invent,Cy Invent,,1,0,1,0,0,0,false" + String(repeating: ",", count: 21) + ",0,,"
    + ",1,0,,,,,0" + String(repeating: ",0,", count: 4)

  @Test func historyCutsAreYearEndsThenTheAsOfDate() {
    let day = { (text: String) in Day(text)! }
    #expect(
      ScorecardHistory.cuts(firstSaidOn: day("2030-06-01"), asOf: day("2032-07-01"))
        == [day("2030-12-31"), day("2031-12-31"), day("2032-07-01")])
    #expect(
      ScorecardHistory.cuts(firstSaidOn: day("2031-06-01"), asOf: day("2032-12-31"))
        == [day("2031-12-31"), day("2032-12-31")])
    #expect(ScorecardHistory.cuts(firstSaidOn: nil, asOf: day("2032-01-01")) == [day("2032-01-01")])
    #expect(
      ScorecardHistory.cuts(firstSaidOn: day("2033-01-01"), asOf: day("2032-01-01"))
        == [day("2032-01-01")])
  }

  @Test func historyTableShowsBrierAndCountPerCut() {
    let card = FictionalScorecard.card
    let lines = ScorecardHistory.table(
      [card, card], speakers: FictionalScorecard.speakers, maxWidth: nil)
    #expect(lines.contains { $0.hasPrefix("王小明 Wang Xiaoming") })
    #expect(lines.first { $0.hasPrefix("薄样 Bo Sample") } == Self.expectedBoHistory)
  }

  static let expectedBoHistory = "薄样 Bo Sample        0.260 (2)*  0.260 (2)*"

  @Test func proseWrapsAtSpacesByDisplayWidth() {
    #expect(DisplayWidth.wrap("王小明 is ranked first", toWidth: 10) == ["王小明 is", "ranked", "first"])
    #expect(DisplayWidth.wrap("averylongword x", toWidth: 4) == ["averylongword", "x"])
    #expect(DisplayWidth.wrap("one line", toWidth: nil) == ["one line"])
  }

  @Test func fixedAndSignedFormats() {
    #expect(ProbabilityFormat.fixed(0.1625, places: 3) == "0.163")
    #expect(ProbabilityFormat.fixed(0.04, places: 3) == "0.040")
    #expect(ProbabilityFormat.fixed(-0.3051, places: 2) == "-0.31")
    #expect(ProbabilityFormat.fixed(2, places: 0) == "2")
    #expect(ProbabilityFormat.signed(0.12, places: 2) == "+0.12")
    #expect(ProbabilityFormat.signed(-0.004, places: 2) == "0.00")
    #expect(ProbabilityFormat.signed(0.001, places: 2) == "0.00")
    #expect(ProbabilityFormat.twoDecimals(0.05) == "0.05")
  }
}
