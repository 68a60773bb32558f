/// A synthetic flat CSV of any size, the same for the same seed on every machine (docs/import.md,
/// "Synthetic ledgers"): the benchmark's input and a realistic test set.
///
/// Questions have a hidden chance π drawn uniformly from [0.02, 0.98] and an outcome drawn
/// from it. Each speaker has a miscalibration factor k drawn uniformly from [0.3, 2.0] and
/// states p = 0.5 + k (π − 0.5), clamped to [0.01, 0.99] and rounded to two decimals: k < 1 is
/// underconfident, k > 1 overconfident, so the speakers' calibration differs. Forecast i is
/// made by speaker i mod `speakers` about a random question; every forecast is resolved.
public struct SyntheticLedger: Sendable {
  /// How many speakers.
  public let speakers: Int
  /// How many forecasts (rows).
  public let forecasts: Int
  /// The seed of every draw.
  public let seed: UInt64

  /// How many questions: one per five forecasts (at least one).
  public var questions: Int { max(1, forecasts / 5) }

  /// Describes a synthetic ledger.
  public init(speakers: Int, forecasts: Int, seed: UInt64) {
    precondition(speakers > 0 && forecasts > 0, "speakers and forecasts must be positive")
    self.speakers = speakers
    self.forecasts = forecasts
    self.seed = seed
  }

  /// Writes the canonical flat CSV (header, then one row per forecast), handing the bytes to
  /// `write` in chunks of about 64 KiB.
  public func write(_ write: ([UInt8]) throws -> Void) rethrows {
    var buffer = Array(FlatCSV.headerLine.utf8)
    var rng = SplitMix64(seed: seed)
    for index in 0..<forecasts {
      FlatCSV.appendLine(row(index, rng: &rng), to: &buffer)
      if buffer.count >= 1 << 16 {
        try write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if !buffer.isEmpty { try write(buffer) }
  }

  /// The miscalibration factor of speaker `index`.
  public func factor(ofSpeaker index: Int) -> Double {
    var rng = SplitMix64(seed: seed ^ (UInt64(index + 1) &* 0xD1B5_4A32_D192_ED03))
    return 0.3 + 1.7 * unit(&rng)
  }

  private func row(_ index: Int, rng: inout SplitMix64) -> FlatRow {
    let speaker = index % speakers
    let question = rng.nextIndex(below: questions)
    var questionRNG = SplitMix64(seed: seed ^ (UInt64(question + 1) &* 0x9E37_79B9_7F4A_7C15))
    let chance = 0.02 + 0.96 * unit(&questionRNG)
    let outcome = unit(&questionRNG) < chance
    let opens = Day(year: 2020, month: 1, day: 1)!.adding(days: questionRNG.nextIndex(below: 1461))
    let closes = opens.adding(days: 30 + questionRNG.nextIndex(below: 700))
    let saidOn = opens.adding(days: rng.nextIndex(below: opens.days(to: closes) / 2 + 1))
    let stated = 0.5 + factor(ofSpeaker: speaker) * (chance - 0.5)
    let p = (min(0.99, max(0.01, stated)) * 100).rounded() / 100
    let s = padded(speaker + 1, width: digits(speakers))
    let q = padded(question + 1, width: digits(questions))
    return FlatRow(
      speaker: "s" + s, speakerName: "Speaker " + s, question: "q" + q,
      questionTitle: "Question " + q, forecast: "f" + padded(index + 1, width: digits(forecasts)),
      claim: "Question \(q) resolves yes", saidOn: saidOn, p: p, windowFrom: saidOn,
      windowTo: closes, outcome: outcome ? .true : .false, resolvedOn: closes,
      tags: ["synthetic", "topic-\(question % 10)"])
  }

  private func unit(_ rng: inout SplitMix64) -> Double {
    Double(rng.next() >> 11) / Double(1 << 53)
  }

  private func digits(_ count: Int) -> Int { String(count).count }

  private func padded(_ value: Int, width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
