import HindsightCore
import HindsightReports
import Testing

/// The streamed listing against the whole-document one (`JSONEncoder` and `CSVWriter.document`
/// as the oracles), on the fictional catalog.
@Suite struct ForecastListingWriterTests {
  static let rows = ForecastListing.rows(
    catalog: FictionalCatalog.catalog, state: FictionalCatalog.state)

  static func streamed(_ format: ForecastListingWriter.Format, _ rows: [ForecastRow]) -> String {
    var bytes: [UInt8] = []
    var writer = ForecastListingWriter(format: format) { bytes.append(contentsOf: $0) }
    for row in rows { writer.add(row) }
    writer.finish()
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func jsonIsWhatJSONEncoderWrites() throws {
    #expect(Self.rows.count == 3)
    #expect(Self.streamed(.json, Self.rows) == (try ForecastListing.json(Self.rows)))
    #expect(Self.streamed(.json, []) == (try ForecastListing.json([])))
  }

  @Test func csvIsTheWholeDocument() {
    #expect(Self.streamed(.csv, Self.rows) == ForecastListing.csv(Self.rows))
    #expect(Self.streamed(.csv, []) == ForecastListing.csv([]))
  }

  @Test func aLongListingIsTheSameInChunks() throws {
    // Enough rows to drain the writer's buffer many times.
    let many = Array(repeating: Self.rows, count: 400).flatMap { $0 }
    #expect(Self.streamed(.json, many) == (try ForecastListing.json(many)))
    #expect(Self.streamed(.csv, many) == ForecastListing.csv(many))
  }
}
