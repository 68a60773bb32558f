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

/// The streamed `resolve --format json` against `JSONEncoder` (FICTIONAL resolutions).
@Suite struct ResolutionListingWriterTests {
  static let resolutions = [
    Resolution(
      forecast: "ada-robot-taxis-2030", status: .due, rule: .conflict, entries: [3, 7],
      rationale: "Conflicting evidence: \"a\" vs \"b\" / c.", flags: [.conflict],
      needs: "a verdict to settle conflicting evidence"),
    Resolution(
      forecast: "wang-robot-taxis-2030", status: .true, rule: .occurredInWindow,
      resolvedOn: Day("2029-05-01"), entries: [4], rationale: "The event occurred 王小明.",
      flags: [.amendedAfterClose, .conflict]),
    Resolution(
      forecast: "ada-widgets", status: .open, rule: .windowOpen, rationale: "Still open."),
  ]

  static func streamed(_ resolutions: [Resolution]) -> String {
    var bytes: [UInt8] = []
    var writer = ResolutionListingWriter { bytes.append(contentsOf: $0) }
    for resolution in resolutions { writer.add(resolution) }
    writer.finish()
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func jsonIsWhatJSONEncoderWrites() throws {
    #expect(Self.streamed(Self.resolutions) == (try ResolutionListing.json(Self.resolutions)))
    #expect(Self.streamed([]) == (try ResolutionListing.json([])))
    let many = Array(repeating: Self.resolutions, count: 500).flatMap { $0 }
    #expect(Self.streamed(many) == (try ResolutionListing.json(many)))
  }
}
