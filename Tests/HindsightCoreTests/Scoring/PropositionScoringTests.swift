import Foundation
import Testing

@testable import HindsightCore

/// Updates, the mean daily Brier score, peer and relative Brier scores, horizons and flags on
/// FICTIONAL forecasts; every expected value worked out by hand (the logs with Python's
/// `math.log`).
@Suite struct PropositionScoringTests {
  static func day(_ text: String) -> Day { Day(text)! }

  static func update(
    _ speaker: String, _ said: String, _ p: Double, _ status: ForecastStatus = .true,
    resolved: String? = "2030-01-31", question: String = "q", alreadyTrue: Bool = false
  ) -> ForecastUpdate {
    var update = ForecastUpdate(
      speaker: speaker, proposition: question, thread: speaker, saidOn: day(said), p: p,
      status: status, resolvedOn: resolved.map(day))
    update.alreadyTrue = alreadyTrue
    return update
  }

  @Test func theLatestUpdateBeforeTheResolutionIsScored() throws {
    // Resolved true on 2030-01-31; the update of 2030-02-10 came after and is ignored.
    let lines = Scoring.propositionForecasts([
      Self.update("a", "2030-02-10", 0.3), Self.update("a", "2030-01-01", 0.6),
      Self.update("a", "2030-01-11", 0.8),
    ])
    let line = try #require(lines.first)
    #expect(lines.count == 1)
    #expect(line.updates == 3)
    #expect(line.scored == ScoredForecast(p: 0.8, outcome: true))
    #expect(line.horizonDays == 20)
    #expect(line.horizon == .underMonth)
    // 0.6 stood 10 days, 0.8 the 20 to the resolution: (10 × 0.16 + 20 × 0.04) / 30 = 0.08.
    #expect(abs((line.brierTimeAveraged ?? .nan) - 0.08) < 1e-15)
  }

  @Test func anUpdateFollowedTheSameDayWeighsNothing() throws {
    // 0.6 then 0.9 on 2030-01-01 (file order), resolved true on 2030-01-05: 0.9 stood 4 days.
    let line = try #require(
      Scoring.propositionForecasts([
        Self.update("a", "2030-01-01", 0.6, resolved: "2030-01-05"),
        Self.update("a", "2030-01-01", 0.9, resolved: "2030-01-05"),
      ]).first)
    #expect(line.scored?.p == 0.9)
    #expect(abs((line.brierTimeAveraged ?? .nan) - 0.01) < 1e-15)
    // Every update on the resolution day: the last one counts alone, (0.7 − 1)² = 0.09.
    let sameDay = try #require(
      Scoring.propositionForecasts([
        Self.update("a", "2030-01-05", 0.6, resolved: "2030-01-05"),
        Self.update("a", "2030-01-05", 0.7, resolved: "2030-01-05"),
      ]).first)
    #expect(abs((sameDay.brierTimeAveraged ?? .nan) - 0.09) < 1e-15)
  }

  @Test func aSameDayTieGoesByPositionNotByTheOrderGiven() throws {
    // Both on 2030-01-01; the one at rowid 9 came later in the file, so it is the latest.
    var later = Self.update("a", "2030-01-01", 0.9)
    later.position = 9
    var earlier = Self.update("a", "2030-01-01", 0.6)
    earlier.position = 3
    let line = try #require(Scoring.propositionForecasts([later, earlier]).first)
    #expect(line.scored?.p == 0.9)
  }

  @Test func fixedSumsDoNotDependOnTheOrderOfTheirTerms() {
    // 0.1 + 0.2 + 0.3 rounded once is 0.6 (Python's math.fsum gives 0.6; summed left to right
    // it is 0.6000000000000001).
    let terms = [0.1, 0.2, 0.3]
    let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
    for order in orders {
      var sum = FixedSum()
      for index in order { sum.add(terms[index]) }
      #expect(sum.value == 0.6)
    }
    var signed = FixedSum()
    for term in [-1.5, 0.25, -184.44397270569678, 184.44397270569678] { signed.add(term) }
    #expect(signed.value == -1.25)
  }

  @Test func aTermTakenBackLeavesTheSumAsItWas() {
    // Terms far below a unit of the whole part (2⁻²⁴) included: -1e-30 once made a fraction
    // that rounded up to 1 and trapped when converted.
    for term in [0.1, -0.1, 1e-30, -1e-30, -3.7e-26, 1_382.0, -0x1p-60, .leastNonzeroMagnitude] {
      var sum = FixedSum()
      sum.add(0.375)
      sum.add(term)
      sum.add(-term)
      #expect(sum.value == 0.375, "term \(term)")
      var alone = FixedSum()
      alone.add(-term)
      var other = FixedSum()
      other.add(term)
      alone.add(other)
      #expect(alone.value == 0, "term \(term)")
    }
  }

  @Test func everyUpdateAfterTheResolutionLeavesNothingToScore() throws {
    let line = try #require(
      Scoring.propositionForecasts([Self.update("a", "2030-03-01", 0.7)]).first)
    #expect(line.status == .true)
    #expect(line.scored == nil)
    #expect(line.brierTimeAveraged == nil)
  }

  @Test func theLineTakesItsLatestUpdatesStatus() throws {
    let line = try #require(
      Scoring.propositionForecasts([
        Self.update("a", "2030-01-01", 0.6, .annulled),
        Self.update("a", "2030-01-11", 0.8, .open, resolved: nil),
      ]).first)
    #expect(line.status == .open)
    #expect(line.scored == nil)
  }

  @Test func peersAreTheOtherSpeakersOnTheProposition() throws {
    // Resolved false: a gave 0.8 to it, b 0.5, c 0.1. Peer a = 100 × (ln 0.8 − (ln 0.5 +
    // ln 0.1) / 2) = 127.47225854627857; b 56.97171415941823; c −184.44397270569678. Briers
    // 0.04, 0.25, 0.81: relative a = 0.04 − (0.25 + 0.81) / 2 = −0.49, b = 0.25 − 0.425 =
    // −0.175, c = 0.81 − 0.145 = 0.665.
    let lines = Scoring.propositionForecasts([
      Self.update("a", "2030-01-01", 0.2, .false), Self.update("b", "2030-01-01", 0.5, .false),
      Self.update("c", "2030-01-01", 0.9, .false),
    ])
    let peers = lines.map { $0.peerScore ?? .nan }
    let relative = lines.map { $0.relativeBrier ?? .nan }
    for (actual, expected) in zip(
      peers, [127.47225854627857, 56.97171415941823, -184.44397270569678])
    {
      #expect(abs(actual - expected) < 1e-9)
    }
    for (actual, expected) in zip(relative, [-0.49, -0.175, 0.665]) {
      #expect(abs(actual - expected) < 1e-12)
    }
    // Metaculus: the peer scores of one question sum to 0.
    #expect(abs(peers.reduce(0, +)) < 1e-9)
  }

  @Test func aForecastOfZeroIsClampedForThePeerScore() throws {
    // a said 0 and it happened: ln 0.001 against b's ln 0.5, 100 × (−6.907755 + 0.693147).
    let lines = Scoring.propositionForecasts([
      Self.update("a", "2030-01-01", 0), Self.update("b", "2030-01-01", 0.5),
    ])
    #expect(abs((lines[0].peerScore ?? .nan) - -621.4608098422192) < 1e-9)
    #expect(abs((lines[1].peerScore ?? .nan) - 621.4608098422192) < 1e-9)
  }

  @Test func aLoneSpeakerAndAFlaggedForecastHaveNoPeers() {
    let alone = Scoring.propositionForecasts([
      Self.update("a", "2030-01-01", 0.7), Self.update("a", "2030-01-02", 0.8),
    ])
    #expect(alone.allSatisfy { $0.peerScore == nil && $0.relativeBrier == nil })
    let flagged = Scoring.propositionForecasts([
      Self.update("a", "2030-01-01", 0.7, alreadyTrue: true), Self.update("b", "2030-01-01", 0.5),
    ])
    #expect(flagged[0].alreadyTrue && flagged[0].scored == nil)
    #expect(flagged[1].peerScore == nil)
  }

  @Test(
    "horizons: under 30 days, to 365, to 1,095, beyond",
    arguments: [
      (29, Horizon.underMonth), (30, .monthToYear), (364, .monthToYear), (365, .yearToThree),
      (1094, .yearToThree), (1095, .overThree),
    ])
  func horizons(days: Int, horizon: Horizon) {
    #expect(Horizon(days: days) == horizon)
  }

  @Test func eventWindowsAreTheirOwnPropositions() {
    let key = { (from: String, to: String, id: String) in
      Proposition.key(
        question: "ev", kind: .event, window: (Self.day(from), Self.day(to)), forecast: id)
    }
    #expect(key("2024-01-01", "2025-12-31", "f1") == key("2024-01-01", "2025-12-31", "f2"))
    #expect(key("2024-01-01", "2025-12-31", "f1") != key("2024-01-01", "2026-12-31", "f2"))
    #expect(
      Proposition.key(question: "b", kind: .binary, window: nil, forecast: "f1")
        == Proposition.key(question: "b", kind: .binary, window: nil, forecast: "f2"))
    #expect(
      Proposition.key(question: "n", kind: .numeric, window: nil, forecast: "f1")
        != Proposition.key(question: "n", kind: .numeric, window: nil, forecast: "f2"))
  }

  @Test func aScorecardOfSomeSpeakersStillComparesThemWithTheRest() throws {
    var scorer = PropositionScorer(only: ["a"])
    scorer.add(Self.update("a", "2030-01-01", 0.2, .false))
    scorer.add(Self.update("b", "2030-01-01", 0.5, .false))
    scorer.add(Self.update("c", "2030-01-01", 0.9, .false))
    let card = scorer.scorecard(asOf: Self.day("2030-12-31"), knownBy: .distantPast)
    #expect(card.speakers.map(\.speaker) == ["a"])
    let a = try #require(card.line(for: "a")?.scores)
    #expect(a.peerN == 1)
    #expect(abs((a.peerScore ?? .nan) - 127.47225854627857) < 1e-9)
    #expect(abs((a.relativeBrier ?? .nan) - -0.49) < 1e-12)
  }

  @Test func flaggedForecastsAreCountedNotScored() throws {
    var scorer = PropositionScorer()
    scorer.add(Self.update("a", "2030-01-01", 0.9, alreadyTrue: true))
    scorer.add(Self.update("a", "2030-01-01", 0.6, question: "r"))
    let card = scorer.scorecard(asOf: Self.day("2030-12-31"), knownBy: .distantPast)
    let line = try #require(card.line(for: "a"))
    #expect(line.tally.forecasts == 2)
    #expect(line.tally.resolved == 2)
    #expect(line.tally.alreadyTrue == 1)
    #expect(line.scores.n == 1)
    #expect(abs((line.scores.brier ?? .nan) - 0.16) < 1e-15)
  }

  @Test func byTagEachTagIsScoredApart() throws {
    var scorer = PropositionScorer(byTag: .full)
    var tagged = Self.update("a", "2030-01-01", 0.9)
    tagged.tags = ["x", "y"]
    scorer.add(tagged)
    var other = Self.update("a", "2030-01-01", 0.4, question: "r")
    other.tags = ["y"]
    scorer.add(other)
    let tags = scorer.scorecardsByTag(asOf: Self.day("2030-12-31"), knownBy: .distantPast)
    #expect(tags.map(\.tag) == ["x", "y"])
    // x: (0.9 − 1)² = 0.01; y: (0.01 + 0.36) / 2 = 0.185.
    #expect(abs((tags[0].card.overall.scores.brier ?? .nan) - 0.01) < 1e-15)
    #expect(abs((tags[1].card.overall.scores.brier ?? .nan) - 0.185) < 1e-15)
  }

  @Test func aRepeatedTagCountsALineOnce() throws {
    var scorer = PropositionScorer(byTag: .full)
    var tagged = Self.update("a", "2030-01-01", 0.9)
    tagged.tags = ["x", "y", "x"]
    scorer.add(tagged)
    let tags = scorer.scorecardsByTag(asOf: Self.day("2030-12-31"), knownBy: .distantPast)
    #expect(tags.map(\.tag) == ["x", "y"])
    // One forecast in each tag, not two in x: n = 1, Brier (0.9 − 1)² = 0.01.
    #expect(tags.map(\.card.overall.scores.n) == [1, 1])
    #expect(tags.map(\.card.overall.tally.forecasts) == [1, 1])
    #expect(abs((tags[0].card.overall.scores.brier ?? .nan) - 0.01) < 1e-15)
  }

  @Test func theShrunkScoreKeepsFiveLuckyForecastsBehindFourThousandGoodOnes() {
    // Lucky: 5 forecasts of 0.9 that came true, Brier 0.01, shrunk (0.05 + 7.5) / 35 = 0.2157.
    // Good: 4,000 of 0.9, 3,600 true, Brier (3,600 × 0.01 + 400 × 0.81) / 4,000 = 0.09, shrunk
    // (360 + 7.5) / 4,030 = 0.0912.
    let lucky = Scoring.scores(Array(repeating: ScoredForecast(p: 0.9, outcome: true), count: 5))
    let good = Scoring.scores(
      Array(repeating: ScoredForecast(p: 0.9, outcome: true), count: 3600)
        + Array(repeating: ScoredForecast(p: 0.9, outcome: false), count: 400))
    #expect(abs((lucky.brierShrunk ?? .nan) - 7.55 / 35) < 1e-12)
    #expect(abs((good.brierShrunk ?? .nan) - 367.5 / 4030) < 1e-12)
    #expect((lucky.brier ?? 1) < (good.brier ?? 0))
    #expect((good.brierShrunk ?? 1) < (lucky.brierShrunk ?? 0))
  }
}
