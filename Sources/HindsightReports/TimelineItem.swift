import Foundation
import HindsightCore

/// One evidence, verdict or note entry as the timeline shows it, with its retraction if any.
public struct TimelineItem: Hashable, Sendable {
  /// The entry's seq.
  public var seq: Int64
  /// When it was recorded.
  public var recordedAt: Date
  /// Who recorded it.
  public var author: String
  /// The day the observation or verdict holds for.
  public var observed: Day
  /// `evidence`, `verdict` or `note`.
  public var type: String
  /// What was observed or declared, e.g. `occurred`, `value 21500000000`, `supports (strong)`, `verdict: false`.
  public var observation: String
  /// The question.
  public var question: String
  /// The forecast, when the entry concerns one forecast only.
  public var forecast: String?
  /// The summary (evidence), reason (verdict) or text (note).
  public var summary: String
  /// The URL or citation (empty for a note).
  public var source: String
  /// The source's title, publisher, publication day and verbatim excerpt, where recorded.
  public var citation = Citation()
  /// The seq of the retraction that withdrew it.
  public var retractedBy: Int64?
  /// Why it was withdrawn.
  public var retractionReason: String?

  /// The item for an evidence, verdict or note entry, nil for other entries.
  public init?(entry: LedgerEntry) {
    switch entry.payload {
    case .evidence(let evidence):
      self.init(
        entry: entry, type: "evidence", observed: evidence.observed,
        observation: TimelineItem.describe(evidence.observation), question: evidence.question,
        forecast: evidence.forecast, summary: evidence.summary, source: evidence.source)
      self.citation = evidence.citation
    case .verdict(let verdict):
      self.init(
        entry: entry, type: "verdict", observed: verdict.observed,
        observation: "verdict: \(verdict.outcome.rawValue)", question: verdict.question,
        forecast: verdict.forecast, summary: verdict.reason, source: verdict.source)
    case .note(let note):
      self.init(
        entry: entry, type: "note", observed: note.observed, observation: "note",
        question: note.question, forecast: note.forecast, summary: note.text, source: "")
    default:
      return nil
    }
  }

  private init(
    entry: LedgerEntry, type: String, observed: Day, observation: String, question: String,
    forecast: String?, summary: String, source: String
  ) {
    self.seq = entry.seq
    self.recordedAt = entry.recordedAt
    self.author = entry.author
    self.observed = observed
    self.type = type
    self.observation = observation
    self.question = question
    self.forecast = forecast
    self.summary = summary
    self.source = source
  }

  /// The question, or `question/forecast` when the entry concerns one forecast.
  public var target: String {
    forecast.map { "\(question)/\($0)" } ?? question
  }

  /// The source as a reader cites it: `Title, Publisher, published DAY: URL`, with the parts
  /// that were recorded.
  public var sourceText: String {
    let parts = [
      citation.title, citation.publisher, citation.published.map { "published \($0)" },
    ].compactMap { $0 }
    guard !parts.isEmpty else { return source }
    return parts.joined(separator: ", ") + (source.isEmpty ? "" : ": " + source)
  }

  static func describe(_ observation: Observation) -> String {
    switch observation {
    case .occurred: "occurred"
    case .notOccurred: "not occurred"
    case .value(let value): "value \(NumberText.plain(value))"
    case .supports(let strength): "supports (\(strength.rawValue))"
    case .refutes(let strength): "refutes (\(strength.rawValue))"
    }
  }
}
