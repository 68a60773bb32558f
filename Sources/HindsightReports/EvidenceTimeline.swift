import Foundation
import HindsightCore

/// The evidence timeline: evidence, verdict and note entries in the order they were recorded, each
/// with its retraction, and their table, JSON and CSV forms.
public enum EvidenceTimeline {
  /// The fields of the JSON objects and the CSV columns, in CSV order.
  public static let fieldNames = [
    "seq", "recorded_at", "author", "type", "question", "forecast", "observed", "observation",
    "summary", "source", "source_title", "source_publisher", "source_published", "excerpt",
    "retracted_by", "retraction_reason",
  ]

  /// The evidence, verdict and note entries about `question` (all of it) or about `forecast` (the
  /// question-wide ones and the forecast's own), or every one when both are nil. A caller
  /// that asks for many forecasts' items reads the entries once into a `TimelineIndex`.
  public static func items(entries: [LedgerEntry], question: String? = nil, forecast: String? = nil)
    -> [TimelineItem]
  {
    TimelineIndex(entries: entries).items(question: question, forecast: forecast)
  }

  /// The terminal table: seq, observed, target, observation, summary and source;
  /// a retracted entry's observation ends with `(retracted by SEQ)`.
  ///
  /// When the terminal is too narrow the summary and the source narrow first, down to
  /// `textMinWidth` cells each; below that the source, then the summary, then the target go
  /// onto lines of their own under their row. The seq and the day are cut only when nothing
  /// else is left.
  public static func table(_ items: [TimelineItem]) -> TextTable {
    TextTable(
      columns: [
        TextTable.Column("seq", alignment: .right, minWidth: 3, keepWhole: true),
        TextTable.Column("observed", keepWhole: true),
        TextTable.Column("about", below: .ownLine),
        TextTable.Column("what"),
        TextTable.Column("summary", flexible: true, minWidth: textMinWidth, below: .ownLine),
        TextTable.Column("source", flexible: true, minWidth: textMinWidth, below: .ownLine),
      ],
      rows: items.map { item in
        [
          "\(item.seq)", item.observed.description, item.target,
          item.observation + (item.retractedBy.map { " (retracted by \($0))" } ?? ""),
          item.summary, item.sourceText,
        ]
      })
  }

  /// The fewest cells the summary and the source each get on their row's line.
  public static let textMinWidth = 40

  /// A pretty-printed JSON list with sorted keys; absent values are `null`. Ends with a newline.
  public static func json(_ items: [TimelineItem]) throws -> String {
    try JSONOutput.text(items.map(JSONItem.init))
  }

  /// RFC 4180 CSV with a header of `fieldNames`.
  public static func csv(_ items: [TimelineItem]) -> String {
    CSVWriter.document(
      header: fieldNames,
      rows: items.map { item in
        [
          "\(item.seq)", Timestamp.format(item.recordedAt), item.author, item.type, item.question,
          item.forecast ?? "", item.observed.description, item.observation, item.summary,
          item.source, item.citation.title ?? "", item.citation.publisher ?? "",
          item.citation.published?.description ?? "", item.citation.excerpt ?? "",
          item.retractedBy.map { "\($0)" } ?? "", item.retractionReason ?? "",
        ]
      })
  }
}

/// One timeline item as JSON; every key present.
private struct JSONItem: Encodable {
  let item: TimelineItem

  enum CodingKeys: String, CodingKey {
    case seq, author, type, question, forecast, observed, observation, summary, source, excerpt
    case sourceTitle = "source_title"
    case sourcePublisher = "source_publisher"
    case sourcePublished = "source_published"
    case recordedAt = "recorded_at"
    case retractedBy = "retracted_by"
    case retractionReason = "retraction_reason"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(item.seq, forKey: .seq)
    try container.encode(Timestamp.format(item.recordedAt), forKey: .recordedAt)
    try container.encode(item.author, forKey: .author)
    try container.encode(item.type, forKey: .type)
    try container.encode(item.question, forKey: .question)
    try container.encode(item.forecast, forKey: .forecast)
    try container.encode(item.observed.description, forKey: .observed)
    try container.encode(item.observation, forKey: .observation)
    try container.encode(item.summary, forKey: .summary)
    try container.encode(item.source, forKey: .source)
    try container.encode(item.citation.title, forKey: .sourceTitle)
    try container.encode(item.citation.publisher, forKey: .sourcePublisher)
    try container.encode(item.citation.published?.description, forKey: .sourcePublished)
    try container.encode(item.citation.excerpt, forKey: .excerpt)
    try container.encode(item.retractedBy, forKey: .retractedBy)
    try container.encode(item.retractionReason, forKey: .retractionReason)
  }
}
