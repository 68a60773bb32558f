import Foundation
import HindsightCore

/// The `forecasts` listing: rows built from the catalog, and their table, JSON and CSV forms.
public enum ForecastListing {
  /// The fields of the JSON objects and the CSV columns, in CSV order.
  public static let fieldNames = [
    "id", "question", "kind", "speaker", "speaker_name", "source", "said_on", "quote", "quote_en",
    "claim", "window_from", "window_to", "at", "p", "p_basis", "tags", "status", "outcome",
    "resolved_on",
  ]

  /// One row per forecast in catalog order, keeping those the filter includes.
  ///
  /// - Parameter state: the status (and outcome) of each forecast at the as-of date.
  public static func rows(
    catalog: Catalog, filter: ForecastFilter = ForecastFilter(),
    state: (Forecast) -> ForecastState
  ) -> [ForecastRow] {
    catalog.forecasts.compactMap { forecast in
      let question = catalog.question(forecast.question)
      let speaker = catalog.speaker(forecast.speaker)
      let row = ForecastRow(
        id: forecast.id, question: forecast.question, kind: question?.kind ?? .binary,
        speaker: forecast.speaker, speakerName: speaker?.name ?? forecast.speaker,
        speakerNameEn: speaker?.nameEn ?? forecast.speaker, source: forecast.source,
        saidOn: forecast.saidOn, quote: forecast.quote, quoteEn: forecast.quoteEn,
        claim: forecast.claim, windowFrom: forecast.window?.from, windowTo: forecast.window?.to,
        at: forecast.target?.at, p: forecast.confidence.p, pBasis: forecast.confidence.basis,
        tags: question?.tags ?? [], state: state(forecast))
      return filter.includes(row) ? row : nil
    }
  }

  /// The terminal table: id, speaker, claim, window/date, p, status. The claim narrows first
  /// when the terminal is too narrow, then the speaker; the id is cut last of all.
  public static func table(_ rows: [ForecastRow]) -> TextTable {
    TextTable(
      columns: [
        TextTable.Column("id", keepWhole: true),
        TextTable.Column("speaker", flexible: true, minWidth: 6),
        TextTable.Column("claim", flexible: true, minWidth: 8),
        TextTable.Column("window/date"),
        TextTable.Column("p", alignment: .right),
        TextTable.Column("status"),
      ],
      rows: rows.map {
        [$0.id, $0.speakerLabel, $0.claim, $0.whenLabel, $0.pLabel, $0.state.status.rawValue]
      }
    )
  }

  /// The index of the status column in `table(_:)`, for colouring.
  public static let statusColumn = 5

  /// The rows as a pretty-printed JSON list of objects with sorted keys; non-ASCII text and
  /// slashes are written as they are. Ends with a newline.
  public static func json(_ rows: [ForecastRow]) throws -> String {
    try JSONOutput.text(rows.map(JSONRow.init))
  }

  /// The rows as RFC 4180 CSV with a header of `fieldNames`; tags are joined with `;`.
  public static func csv(_ rows: [ForecastRow]) -> String {
    CSVWriter.document(
      header: fieldNames,
      rows: rows.map { row in
        [
          row.id, row.question, row.kind.rawValue, row.speaker, row.speakerName, row.source,
          row.saidOn.description, row.quote, row.quoteEn, row.claim,
          row.windowFrom?.description ?? "", row.windowTo?.description ?? "",
          row.at?.description ?? "", "\(row.p)", row.pBasis.rawValue,
          row.tags.joined(separator: ";"), row.state.status.rawValue,
          row.state.outcome.map { $0 ? "true" : "false" } ?? "",
          row.state.resolvedOn?.description ?? "",
        ]
      })
  }
}

/// The JSON object of one row; absent values are written as `null`, never left out.
private struct JSONRow: Encodable {
  let row: ForecastRow

  enum CodingKeys: String, CodingKey {
    case id, question, kind, speaker, source, quote, claim, at, p, tags, status, outcome
    case speakerName = "speaker_name"
    case saidOn = "said_on"
    case quoteEn = "quote_en"
    case windowFrom = "window_from"
    case windowTo = "window_to"
    case pBasis = "p_basis"
    case resolvedOn = "resolved_on"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(row.id, forKey: .id)
    try container.encode(row.question, forKey: .question)
    try container.encode(row.kind.rawValue, forKey: .kind)
    try container.encode(row.speaker, forKey: .speaker)
    try container.encode(row.speakerName, forKey: .speakerName)
    try container.encode(row.source, forKey: .source)
    try container.encode(row.saidOn.description, forKey: .saidOn)
    try container.encode(row.quote, forKey: .quote)
    try container.encode(row.quoteEn, forKey: .quoteEn)
    try container.encode(row.claim, forKey: .claim)
    try container.encode(row.windowFrom?.description, forKey: .windowFrom)
    try container.encode(row.windowTo?.description, forKey: .windowTo)
    try container.encode(row.at?.description, forKey: .at)
    try container.encode(row.p, forKey: .p)
    try container.encode(row.pBasis.rawValue, forKey: .pBasis)
    try container.encode(row.tags, forKey: .tags)
    try container.encode(row.state.status.rawValue, forKey: .status)
    try container.encode(row.state.outcome, forKey: .outcome)
    try container.encode(row.state.resolvedOn?.description, forKey: .resolvedOn)
  }
}
