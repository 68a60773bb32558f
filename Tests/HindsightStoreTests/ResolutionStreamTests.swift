import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// `forEachResolution` reads on one thread and resolves on another: what it delivers must be
/// what the stream and the resolver give on one thread, over several batches (FICTIONAL data).
struct ResolutionStreamTests {
  /// More rows than two of the batches handed between the threads.
  static let count = Ledger.resolutionBatch * 2 + 7

  static func ledger() throws -> Ledger {
    let ledger = try Ledger.inMemory()
    var rows: [FlatRow] = []
    for index in 0..<count {
      let speaker = "fictional-\(index % 13)"
      let question = "q\(index % 101)"
      let outcome: VerdictOutcome? = [nil, .true, .false][index % 3]
      rows.append(
        FlatRow(
          speaker: speaker, speakerName: speaker, question: question, questionTitle: question,
          forecast: "f\(index)", claim: "It happens", saidOn: Day("2024-01-02")!,
          p: Double(index % 99 + 1) / 100, windowFrom: Day("2024-01-02"),
          windowTo: Day("2024-12-31"), outcome: outcome,
          resolvedOn: outcome == nil ? nil : Day("2024-06-30"), tags: ["fictional"]))
    }
    try BulkImportTests.importRows(ledger, rows)
    return ledger
  }

  @Test func everyResolutionComesOnceInTheStreamsOrder() throws {
    let ledger = try Self.ledger()
    let asOf = Day("2025-01-01")!
    var expected: [String] = []
    try ledger.forEachForecast(cuts: [asOf], knownBy: .distantFuture) { forecast, explain in
      let resolution = explain(forecast, 0)
      expected.append("\(forecast.indexed.row.forecast) \(resolution.status) \(resolution.rule)")
    }
    var delivered: [String] = []
    try ledger.forEachResolution(asOf: asOf, knownBy: .distantFuture) { forecast, resolution in
      #expect(forecast.row.forecast == resolution.forecast)
      delivered.append("\(forecast.row.forecast) \(resolution.status) \(resolution.rule)")
    }
    #expect(expected.count == Self.count)
    try #require(delivered.count == expected.count)
    #expect(delivered == expected)
  }

  struct Stop: Error {}

  @Test func aFailureInTheBodyStopsTheReadingAndIsThrown() throws {
    let ledger = try Self.ledger()
    var seen = 0
    #expect(throws: Stop.self) {
      try ledger.forEachResolution(asOf: Day("2025-01-01")!, knownBy: .distantFuture) { _, _ in
        seen += 1
        if seen == Ledger.resolutionBatch + 1 { throw Stop() }
      }
    }
    #expect(seen == Ledger.resolutionBatch + 1)
  }
}
