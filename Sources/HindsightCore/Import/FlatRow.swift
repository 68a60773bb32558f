import Foundation

/// One forecast of the flat CSV of SPEC §9: its speaker, its binary question, the forecast and
/// its outcome when known.
public struct FlatRow: Hashable, Sendable {
  /// The speaker's id.
  public var speaker: String
  /// The speaker's name.
  public var speakerName: String
  /// The question's id.
  public var question: String
  /// The question's title.
  public var questionTitle: String
  /// The forecast's id.
  public var forecast: String
  /// The claim the probability is about.
  public var claim: String
  /// The day the forecast was made.
  public var saidOn: Day
  /// The probability that the claim is true, in [0, 1].
  public var p: Double
  /// The first day of the forecast's window, when it has one.
  public var windowFrom: Day?
  /// The last day of the forecast's window: after it the forecast is due.
  public var windowTo: Day?
  /// The outcome, when settled.
  public var outcome: VerdictOutcome?
  /// The day the outcome was settled (given exactly when `outcome` is).
  public var resolvedOn: Day?
  /// The question's tags.
  public var tags: [String]

  /// Creates a row.
  public init(
    speaker: String, speakerName: String, question: String, questionTitle: String,
    forecast: String, claim: String, saidOn: Day, p: Double, windowFrom: Day? = nil,
    windowTo: Day? = nil, outcome: VerdictOutcome? = nil, resolvedOn: Day? = nil,
    tags: [String] = []
  ) {
    self.speaker = speaker
    self.speakerName = speakerName
    self.question = question
    self.questionTitle = questionTitle
    self.forecast = forecast
    self.claim = claim
    self.saidOn = saidOn
    self.p = p
    self.windowFrom = windowFrom
    self.windowTo = windowTo
    self.outcome = outcome
    self.resolvedOn = resolvedOn
    self.tags = tags
  }

  /// The tags of a `;`-joined text (as the flat CSV and the ledger hold them), split by bytes.
  public static func tags(joined text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    // By hand over the bytes: every row a listing reads is split (docs/performance.md).
    var text = text
    return text.withUTF8 { bytes in
      var tags: [String] = []
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ";") {
        if end > start {
          tags.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        start = end + 1
      }
      return tags
    }
  }

  /// The id of the source every forecast of the import entry `seq` cites.
  public static func sourceID(importSeq seq: Int64) -> String { "import-\(seq)" }

  /// The source standing for the import entry `seq` of `file`.
  public static func source(importSeq seq: Int64, file: String, recordedOn: Day) -> Source {
    Source(
      id: sourceID(importSeq: seq), title: file, titleEn: file, publisher: "bulk import",
      heldOn: nil, publishedOn: recordedOn, citation: "ledger entry \(seq) (\(file))")
  }

  /// The imported speaker (the name serves as both the original and the English name).
  public var speakerItem: Speaker {
    Speaker(id: speaker, name: speakerName, nameEn: speakerName, affiliations: [])
  }

  /// The imported question: binary, settled by the verdict the import recorded.
  public func questionItem(importSeq seq: Int64) -> Question {
    Question(
      id: question, title: questionTitle, kind: .binary,
      criteria: .concatenating(
        "Settled by the outcome recorded by bulk import entry ", String(seq), "."), tags: tags)
  }

  /// The imported forecast, citing the import's source; its probability is stated.
  public func forecastItem(importSeq seq: Int64) -> Forecast {
    forecastItem(source: FlatRow.sourceID(importSeq: seq))
  }

  /// The imported forecast, citing the given source id.
  public func forecastItem(source: String) -> Forecast {
    Forecast(
      id: forecast, question: question, speaker: speaker,
      source: source, saidOn: saidOn, quote: "", quoteEn: "",
      claim: claim, window: window,
      confidence: Confidence(phrase: nil, p: p, interval: p...p, basis: .stated))
  }

  /// The window, when both ends are given.
  public var window: Window? {
    guard let windowFrom, let windowTo else { return nil }
    return Window(from: windowFrom, to: windowTo, basis: .stated)
  }

  /// The forecast-level verdict the import recorded, as a fact of the import entry.
  public func verdict(importSeq seq: Int64, recordedAt: Date, file: String) -> Recorded<Verdict>? {
    guard let outcome, let resolvedOn else { return nil }
    return ImportedResolution(
      forecast: forecast, question: question, outcome: outcome, resolvedOn: resolvedOn
    ).verdict(importSeq: seq, recordedAt: recordedAt, file: file)
  }
}
