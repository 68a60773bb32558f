import Foundation
import HindsightCore

/// The `forecasts` listing: rows built from the catalog, and their table, JSON and CSV forms.
public enum ForecastListing {
  /// The fields of the JSON objects and the CSV columns, in CSV order.
  public static let fieldNames = [
    "id", "question", "kind", "speaker", "speaker_name", "source", "said_on", "quote", "quote_en",
    "claim", "window_from", "window_to", "at", "p", "p_basis", "tags", "status", "outcome",
    "resolved_on", "already_true_when_said",
  ]

  /// One row per forecast in catalog order, keeping those the filter includes.
  ///
  /// - Parameter state: the status (and outcome) of each forecast at the as-of date.
  public static func rows(
    catalog: Catalog, filter: ForecastQuery = ForecastQuery(),
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
        tags: question?.tags ?? [], state: state(forecast),
        alreadyTrueWhenSaid: forecast.alreadyTrueWhenSaid)
      return filter.includes(
        speaker: row.speaker, status: row.state.status, tags: row.tags, question: row.question,
        closesOn: row.closesOn) ? row : nil
    }
  }

  /// How a table names speakers.
  public enum SpeakerNames: Hashable, Sendable {
    /// In the original script and in English: `李开复 Kai-Fu Lee`.
    case both
    /// In the original script only: `李开复`.
    case original
  }

  /// The terminal table: id, speaker, claim, window/date, p, status.
  ///
  /// When the terminal is too narrow the claim narrows first, down to `claimMinWidth` cells;
  /// below that it goes onto a line of its own under its row, and if the row's line still does
  /// not fit, the speaker goes to the start of the claim's line. The id, the window or date
  /// and the status are cut only when nothing else is left to narrow.
  public static func table(_ rows: [ForecastRow], names: SpeakerNames = .both) -> TextTable {
    TextTable(
      columns: [
        TextTable.Column("id", keepWhole: true),
        TextTable.Column("speaker", minWidth: 6, below: .beforeNext),
        TextTable.Column("claim", flexible: true, minWidth: claimMinWidth, below: .ownLine),
        TextTable.Column("window/date", keepWhole: true),
        TextTable.Column("p", alignment: .right),
        TextTable.Column("status", keepWhole: true),
      ],
      rows: rows.map {
        [
          $0.id, names == .both ? $0.speakerLabel : $0.speakerOriginalLabel, $0.claim,
          $0.whenLabel, $0.pLabel, $0.statusLabel,
        ]
      }
    )
  }

  /// The table to print in `maxWidth` cells (nil: no limit). Speakers are named in both
  /// scripts when that costs the claim nothing it needs: when every cell fits whole; when the
  /// claim still gets `comfortableClaimWidth` cells on the row's line beside both names; or
  /// when the claim goes under its row either way and both names fit whole on the row's line.
  /// Otherwise they are named in their original script only.
  public static func table(_ rows: [ForecastRow], fitting maxWidth: Int?) -> TextTable {
    let both = table(rows, names: .both)
    let wide = both.layout(maxWidth: maxWidth)
    if wide.isWhole { return both }
    let original = table(rows, names: .original)
    let narrow = original.layout(maxWidth: maxWidth)
    let inlineWhole = both.columns.indices.allSatisfy {
      wide.below.contains($0) || wide.keepsWhole($0)
    }
    if narrow.below.contains(claimColumn) {
      let claimOnlyBelow = wide.below == [claimColumn]
      return claimOnlyBelow && inlineWhole ? both : original
    }
    let roomy =
      !wide.below.contains(claimColumn) && wide.keepsWhole(speakerColumn)
      && wide.widths[claimColumn] >= comfortableClaimWidth
    return roomy ? both : original
  }

  /// Rows a table page holds: long listings are laid out and printed a page at a time, each
  /// with its header.
  public static let pageSize = 1000

  /// The fewest cells the claim gets on its row's line; when even that does not fit, the claim
  /// goes onto a line of its own.
  public static let claimMinWidth = 40

  /// The claim width below which `table(_:fitting:)` drops the speakers' English names.
  public static let comfortableClaimWidth = 60

  /// The index of the speaker column in `table(_:names:)`.
  public static let speakerColumn = 1

  /// The index of the claim column in `table(_:names:)`.
  public static let claimColumn = 2

  /// The index of the status column in `table(_:names:)`, for colouring.
  public static let statusColumn = 5

  /// What follows the status of a forecast the editor judged already true when said.
  public static let alreadyTrueMark = "*"

  /// The line a table ends with when a row carries `alreadyTrueMark`.
  public static let alreadyTrueLegend =
    "\(alreadyTrueMark) already true when said (the editor's judgement; show ID gives the reason)"

  /// The rows as a pretty-printed JSON list of objects with sorted keys; non-ASCII text and
  /// slashes are written as they are. Ends with a newline.
  public static func json(_ rows: [ForecastRow]) throws -> String {
    try JSONOutput.text(rows.map(JSONRow.init))
  }

  /// The rows as RFC 4180 CSV with a header of `fieldNames`; tags are joined with `;`.
  public static func csv(_ rows: [ForecastRow]) -> String {
    var bytes: [UInt8] = []
    CSVWriter.append(record: fieldNames, to: &bytes)
    for row in rows { appendCSV(row, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends one row's CSV record, its fields in `fieldNames` order, to `bytes`.
  static func appendCSV(_ row: ForecastRow, to bytes: inout [UInt8]) {
    CSVWriter.append(recordTo: &bytes) { field in
      field(row.id)
      field(row.question)
      field(row.kind.rawValue)
      field(row.speaker)
      field(row.speakerName)
      field(row.source)
      field(row.saidOn.description)
      field(row.quote)
      field(row.quoteEn)
      field(row.claim)
      field(row.windowFrom?.description ?? "")
      field(row.windowTo?.description ?? "")
      field(row.at?.description ?? "")
      field(row.p.description)
      field(row.pBasis.rawValue)
      field(row.tags.count == 1 ? row.tags[0] : row.tags.joined(separator: ";"))
      field(row.state.status.rawValue)
      field(row.state.outcome.map { $0 ? "true" : "false" } ?? "")
      field(row.state.resolvedOn?.description ?? "")
      field(row.alreadyTrueWhenSaid ?? "")
    }
  }
}

/// The JSON object of one row; absent values are written as `null`, never left out.
private struct JSONRow: Encodable {
  let row: ForecastRow

  enum CodingKeys: String, CodingKey {
    case id, question, kind, speaker, source, quote, claim, at, p, tags, status, outcome
    case alreadyTrueWhenSaid = "already_true_when_said"
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
    try container.encode(row.alreadyTrueWhenSaid, forKey: .alreadyTrueWhenSaid)
  }
}
