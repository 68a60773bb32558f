import Testing

@testable import HindsightCore

/// The synthetic generator is deterministic and its speakers differ in calibration.
@Suite struct SyntheticLedgerTests {
  private func text(_ ledger: SyntheticLedger) -> String {
    var bytes: [UInt8] = []
    ledger.write { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func sameSeedSameBytesDifferentSeedsDiffer() {
    let a = text(SyntheticLedger(speakers: 7, forecasts: 500, seed: 42))
    let b = text(SyntheticLedger(speakers: 7, forecasts: 500, seed: 42))
    let c = text(SyntheticLedger(speakers: 7, forecasts: 500, seed: 43))
    #expect(a == b)
    #expect(a != c)
    let lines = a.split(separator: "\n")
    #expect(lines.count == 501)
    #expect(lines[0] == FlatCSV.columns.joined(separator: ","))
  }

  @Test func everyRowParsesAndSpeakersDiffer() throws {
    let ledger = SyntheticLedger(speakers: 3, forecasts: 3_000, seed: 7)
    var reader = CSVReader(bytes: Array(text(ledger).utf8))
    var fields: [String] = []
    _ = try reader.next(into: &fields)
    var validator = ImportValidator(file: "synthetic.csv", existing: .init())
    var scored: [String: [ScoredForecast]] = [:]
    while try reader.next(into: &fields) {
      let row = try FlatRowParser.parse(fields).get()
      let accepted = validator.check(row, record: reader.record)
      #expect(accepted)
      scored[row.speaker, default: []].append(
        ScoredForecast(p: row.p, outcome: row.outcome == .true))
    }
    #expect(validator.rows == 3_000)
    // 3,000 uniform draws among 600 questions leave about 600 (1 − e⁻⁵) ≈ 596 distinct.
    #expect((590...600).contains(validator.questionCount))
    let factors = (0..<3).map { ledger.factor(ofSpeaker: $0) }
    #expect(Set(factors).count == 3)
    // Overconfidence grows with the factor: compare the most and least confident speakers.
    let order = (0..<3).sorted { factors[$0] < factors[$1] }
    let meanSpread = order.map { index -> Double in
      let forecasts = scored["s\(index + 1)"]!
      return forecasts.map { abs($0.p - 0.5) }.reduce(0, +) / Double(forecasts.count)
    }
    #expect(meanSpread[0] < meanSpread[2])
  }
}
