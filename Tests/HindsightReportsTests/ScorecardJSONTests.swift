import Foundation
import HindsightCore
import PropertyBased
import Testing

@testable import HindsightReports

/// `ScorecardJSON` writes exactly what `JSONEncoder` would (`ScorecardJSONOracle`): on the
/// fictional scorecard, on random ones, and with names that need escaping (FICTIONAL data).
@Suite struct ScorecardJSONTests {
  @Test func fictionalScorecardMatchesJSONEncoder() throws {
    let card = FictionalScorecard.card
    let speakers = FictionalScorecard.speakers
    try Self.expectOracle(card, speakers: speakers)
  }

  @Test func escapedNamesAndAnEmptyCardMatchJSONEncoder() throws {
    let names = [
      "Quote \" and back\\slash", "Tab\tnew\nline\r", "Bell \u{07} and \u{1F}", "Slash / ok",
      "王小明", "Emoji 🙂", "\u{7F} delete",
    ]
    let speakers = names.enumerated().map { index, name in
      Speaker(id: "s\(index)", name: name, nameEn: name + " (en)", affiliations: [])
    }
    var scorer = PropositionScorer()
    for (index, speaker) in speakers.enumerated() {
      scorer.add(
        Self.update(
          speaker: speaker.id, question: "q\(index)", p: 0.1 * Double(index + 1),
          status: index % 2 == 0 ? .true : .false))
    }
    let card = scorer.scorecard(asOf: Day("2031-01-01")!, knownBy: FictionalScorecard.knownBy)
    #expect(
      ScorecardJSON.text(card, speakers: speakers)
        == (try ScorecardJSONOracle.text(card, speakers: speakers)))
    var nothing = PropositionScorer()
    let empty = nothing.scorecard(
      asOf: Day("2031-01-01")!, knownBy: FictionalScorecard.knownBy)
    #expect(
      ScorecardJSON.text(empty, speakers: []) == (try ScorecardJSONOracle.text(empty, speakers: []))
    )
  }

  /// The card's JSON, and a history of it twice, are what `JSONEncoder` writes.
  static func expectOracle(_ card: Scorecard, speakers: [Speaker]) throws {
    #expect(
      ScorecardJSON.text(card, speakers: speakers)
        == (try ScorecardJSONOracle.text(card, speakers: speakers)))
    #expect(
      ScorecardJSON.history([card, card], speakers: speakers)
        == (try ScorecardJSONOracle.history([card, card], speakers: speakers)))
  }

  /// A fictional forecast made on 2030-01-01, resolved (when it is) on 2030-06-30.
  static func update(speaker: String, question: String, p: Double, status: ForecastStatus)
    -> ForecastUpdate
  {
    ForecastUpdate(
      speaker: speaker, proposition: question, thread: speaker, saidOn: Day("2030-01-01")!,
      confidence: Confidence(phrase: nil, p: p, interval: 0...1, basis: .stated), status: status,
      resolvedOn: status == .open || status == .due ? nil : Day("2030-06-30")!)
  }

  static let line = zip(
    Gen.int(in: 0...3), Gen.double(in: 0...1).array(of: 0...40), Gen.bool.array(of: 40),
    Gen.int(in: 0...4)
  )

  @Test func randomScorecardsMatchJSONEncoder() async {
    await propertyCheck(input: Self.line.array(of: 1...6)) { lines in
      // Questions shared between the speakers, so peer scores are written too.
      var updates: [ForecastUpdate] = []
      for (speaker, ps, outcomes, pending) in lines {
        for (index, (p, outcome)) in zip(ps, outcomes).enumerated() {
          var update = Self.update(
            speaker: "s\(speaker)", question: "q\(index)", p: (p * 1000).rounded() / 1000,
            status: outcome ? .true : .false)
          if outcome { update.confidence.basis = .scale }
          updates.append(update)
        }
        for index in 0..<pending {
          updates.append(
            Self.update(
              speaker: "s\(speaker)", question: "pending\(index)", p: 0.5,
              status: [.open, .due, .annulled][index % 3]))
        }
      }
      var scorer = PropositionScorer()
      for update in Proposition.ordered(updates, by: \.proposition) { scorer.add(update) }
      let card = scorer.scorecard(asOf: Day("2030-12-31")!, knownBy: FictionalScorecard.knownBy)
      let speakers = (0...3).map {
        Speaker(id: "s\($0)", name: "Name \($0)", nameEn: "N\($0)", affiliations: [])
      }
      #expect(
        ScorecardJSON.text(card, speakers: speakers)
          == (try? ScorecardJSONOracle.text(card, speakers: speakers)))
    }
  }

  /// More speakers than one window of lines (`ScorecardJSON.linesAWindow`), each window
  /// written in several slices: the parts join into what `JSONEncoder` writes.
  @Test func manySpeakersWrittenInPartsMatchJSONEncoder() throws {
    let count = ScorecardJSON.linesAWindow + 70
    var scorer = PropositionScorer()
    for index in 0..<count {
      scorer.add(
        Self.update(
          speaker: String(format: "s%05d", index), question: "q\(index / 3)",
          p: Double(index % 100) / 100, status: index % 2 == 0 ? .true : .false))
    }
    let card = scorer.scorecard(asOf: Day("2031-01-01")!, knownBy: FictionalScorecard.knownBy)
    #expect(card.speakers.count == count)
    let speakers = [Speaker(id: "s00001", name: "王小明", nameEn: "Wang", affiliations: [])]
    try Self.expectOracle(card, speakers: speakers)
  }
}
