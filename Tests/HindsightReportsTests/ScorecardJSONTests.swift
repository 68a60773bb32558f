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
    #expect(
      ScorecardJSON.text(card, speakers: speakers)
        == (try ScorecardJSONOracle.text(card, speakers: speakers)))
    #expect(
      ScorecardJSON.history([card, card], speakers: speakers)
        == (try ScorecardJSONOracle.history([card, card], speakers: speakers)))
  }

  @Test func escapedNamesAndAnEmptyCardMatchJSONEncoder() throws {
    let names = [
      "Quote \" and back\\slash", "Tab\tnew\nline\r", "Bell \u{07} and \u{1F}", "Slash / ok",
      "王小明", "Emoji 🙂", "\u{7F} delete",
    ]
    let speakers = names.enumerated().map { index, name in
      Speaker(id: "s\(index)", name: name, nameEn: name + " (en)", affiliations: [])
    }
    var builder = ScorecardBuilder()
    for (index, speaker) in speakers.enumerated() {
      let confidence = Confidence(
        phrase: nil, p: 0.1 * Double(index + 1), interval: 0.5...0.5, basis: .stated)
      builder.add(
        speaker: speaker.id, status: index % 2 == 0 ? .true : .false, confidence: confidence)
    }
    let card = builder.scorecard(asOf: Day("2031-01-01")!, knownBy: FictionalScorecard.knownBy)
    #expect(
      ScorecardJSON.text(card, speakers: speakers)
        == (try ScorecardJSONOracle.text(card, speakers: speakers)))
    let empty = ScorecardBuilder().scorecard(
      asOf: Day("2031-01-01")!, knownBy: FictionalScorecard.knownBy)
    #expect(
      ScorecardJSON.text(empty, speakers: []) == (try ScorecardJSONOracle.text(empty, speakers: []))
    )
  }

  static let line = zip(
    Gen.int(in: 0...3), Gen.double(in: 0...1).array(of: 0...40), Gen.bool.array(of: 40),
    Gen.int(in: 0...4)
  )

  @Test func randomScorecardsMatchJSONEncoder() async {
    await propertyCheck(input: Self.line.array(of: 1...6)) { lines in
      var builder = ScorecardBuilder()
      for (speaker, ps, outcomes, pending) in lines {
        for (p, outcome) in zip(ps, outcomes) {
          let confidence = Confidence(
            phrase: nil, p: (p * 1000).rounded() / 1000, interval: 0...1,
            basis: outcome ? .scale : .stated)
          builder.add(
            speaker: "s\(speaker)", status: outcome ? .true : .false, confidence: confidence)
        }
        for index in 0..<pending {
          let status: ForecastStatus = [.open, .due, .annulled][index % 3]
          builder.add(
            speaker: "s\(speaker)", status: status,
            confidence: Confidence(phrase: nil, p: 0.5, interval: 0.5...0.5, basis: .stated))
        }
      }
      let card = builder.scorecard(asOf: Day("2030-12-31")!, knownBy: FictionalScorecard.knownBy)
      let speakers = (0...3).map {
        Speaker(id: "s\($0)", name: "Name \($0)", nameEn: "N\($0)", affiliations: [])
      }
      #expect(
        ScorecardJSON.text(card, speakers: speakers)
          == (try? ScorecardJSONOracle.text(card, speakers: speakers)))
    }
  }
}
