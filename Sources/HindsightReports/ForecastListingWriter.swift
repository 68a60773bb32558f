import HindsightCore

/// Writes the `forecasts --format json|csv` document one row at a time, so a listing of any
/// length is printed in bounded memory: the same bytes as `ForecastListing.json` and
/// `ForecastListing.csv` (the tests compare them), handed to `output` in chunks of about 64 KiB.
public struct ForecastListingWriter: ~Copyable {
  /// The two formats a listing streams in.
  public enum Format: Sendable {
    /// A pretty-printed JSON list of objects with sorted keys.
    case json
    /// RFC 4180 CSV with a header of `ForecastListing.fieldNames`.
    case csv
  }

  private let format: Format
  private var json: JSONListWriter
  private var csv: [UInt8] = []
  private let output: (UnsafeRawBufferPointer) -> Void

  /// Starts a document; `output` receives its bytes.
  public init(format: Format, output: @escaping (UnsafeRawBufferPointer) -> Void) {
    self.format = format
    self.output = output
    json = JSONListWriter(output: output)
    if format == .csv {
      CSVWriter.append(record: ForecastListing.fieldNames, to: &csv)
    }
  }

  /// Writes one row.
  public mutating func add(_ row: ForecastRow) {
    switch format {
    case .json:
      json.add { Self.write(row, to: &$0) }
    case .csv:
      ForecastListing.appendCSV(row, to: &csv)
      if csv.count >= 1 << 16 { flushCSV() }
    }
  }

  /// Ends the document and hands over what is left.
  public consuming func finish() {
    switch format {
    case .json:
      json.finish()
    case .csv:
      flushCSV()
    }
  }

  private mutating func flushCSV() {
    csv.withUnsafeBytes(output)
    csv.removeAll(keepingCapacity: true)
  }

  /// One row as a JSON object, its keys in sorted order; absent values are `null`.
  private static func write(_ row: ForecastRow, to json: inout PrettyJSONWriter) {
    func optional(_ name: StaticString, _ day: Day?) {
      json.key(name)
      if let day { json.string(day.description) } else { json.null() }
    }
    json.openObject()
    json.key("already_true_when_said")
    if let reason = row.alreadyTrueWhenSaid { json.string(reason) } else { json.null() }
    optional("at", row.at)
    json.member("claim", row.claim)
    json.member("id", row.id)
    json.member("kind", row.kind.rawValue)
    json.key("outcome")
    if let outcome = row.state.outcome { json.bool(outcome) } else { json.null() }
    json.key("p")
    json.number(row.p)
    json.member("p_basis", row.pBasis.rawValue)
    json.member("question", row.question)
    json.member("quote", row.quote)
    json.member("quote_en", row.quoteEn)
    optional("resolved_on", row.state.resolvedOn)
    json.member("said_on", row.saidOn.description)
    json.member("source", row.source)
    json.member("speaker", row.speaker)
    json.member("speaker_name", row.speakerName)
    json.member("status", row.state.status.rawValue)
    json.key("tags")
    json.openArray()
    for tag in row.tags {
      json.element()
      json.string(tag)
    }
    json.closeArray()
    optional("window_from", row.windowFrom)
    optional("window_to", row.windowTo)
    json.closeObject()
  }
}
