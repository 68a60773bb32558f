import Foundation
import PropertyBased
import Testing

@testable import HindsightCore

/// Scoring speaker by speaker (`finish`) and holding a speaker's forecasts in tallies gives
/// the scorecard of adding everything at once (FICTIONAL speakers and forecasts).
@Suite struct ScorecardBuilderTests {
  static let forecast = zip(
    Gen.int(in: 0...5), Gen.int(in: 1...99), Gen.int(in: 0...4)
  )
  static let lists = forecast.array(of: 0...400)

  static func status(_ code: Int) -> ForecastStatus {
    [.true, .false, .open, .due, .annulled][code]
  }

  @Test func finishingSpeakersOneByOneChangesNothing() async {
    await propertyCheck(input: Self.lists) { list in
      var whole = ScorecardBuilder()
      var bySpeaker = ScorecardBuilder()
      for (speaker, percent, code) in list {
        let p = Double(percent) / 100
        whole.add(
          speaker: "s\(speaker)", status: Self.status(code),
          confidence: Confidence(phrase: nil, p: p, interval: p...p, basis: .stated))
      }
      // Speaker by speaker, and within each speaker half the time in p order (tallied as it
      // comes) and half the time in file order (tallied when folded).
      let grouped = list.sorted {
        $0.0 != $1.0 ? $0.0 < $1.0 : ($0.0 % 2 == 0 && $0.1 < $1.1)
      }
      for (index, (speaker, percent, code)) in grouped.enumerated() {
        let p = Double(percent) / 100
        bySpeaker.add(
          speaker: "s\(speaker)", status: Self.status(code),
          confidence: Confidence(phrase: nil, p: p, interval: p...p, basis: .stated))
        if index + 1 == grouped.count || grouped[index + 1].0 != speaker {
          bySpeaker.finish(speaker: "s\(speaker)")
        }
      }
      let day = Day("2030-12-31")!
      #expect(
        bySpeaker.scorecard(asOf: day, knownBy: .distantPast)
          == whole.scorecard(asOf: day, knownBy: .distantPast))
    }
  }
}

/// The bootstrap's percentiles by selection equal those of the sorted values (numpy's linear
/// method, `Scoring.percentile(sorted:_:)`), on random values with ties (FICTIONAL numbers).
@Suite struct PercentileSelectionTests {
  @Test func selectionEqualsSorting() async {
    await propertyCheck(input: Gen.int(in: 0...20).array(of: 1...300), Gen.int(in: 0...1000)) {
      codes, q in
      let values = codes.map { Double($0) / 7 }
      for quantile in [0.025, 0.975, Double(q) / 1000] {
        var copy = values
        #expect(
          Scoring.percentile(&copy, quantile)
            == Scoring.percentile(sorted: values.sorted(), quantile))
      }
    }
  }
}
