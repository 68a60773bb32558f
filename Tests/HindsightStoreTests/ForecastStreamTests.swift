import Foundation
import GRDB
import HindsightCore
import Testing

@testable import HindsightStore

/// `forEachForecast(cuts:)` reads on one thread and calls its body on another: every forecast
/// must come once, in the ledger's order, over several batches (FICTIONAL data).
struct ForecastStreamTests {
  /// More rows than two of the batches handed between the threads.
  static let count = Ledger.forecastBatch * 2 + 7

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
    // The rows in the order imported, each resolved by its own outcome (written by hand from
    // how `ledger()` makes them: none, true, false in turn, and due once its window closed).
    let expected = (0..<Self.count).map { index in
      "f\(index) \(["due", "true", "false"][index % 3])"
    }
    var delivered: [String] = []
    try ledger.forEachResolution(asOf: Day("2025-01-01")!, knownBy: .distantFuture) {
      forecast, resolution in
      #expect(forecast.row.forecast == resolution.forecast)
      delivered.append("\(forecast.row.forecast) \(resolution.status.rawValue)")
    }
    try #require(delivered.count == expected.count)
    #expect(delivered == expected)
  }

  /// In proposition order a read without texts but with tags sorts the table's rows
  /// (`Ledger.propositionSortOrder`), one without either walks the question index alone, and
  /// one with texts walks the index and looks each row up; the order must be the index's, ties
  /// included. The rows go in shuffled, several of a speaker on one question, some alike up to
  /// the rowid. (A read without texts carries no forecast id: rows are told by rowid.)
  @Test func propositionOrderIsTheQuestionIndexOrder() throws {
    let ledger = try Ledger.inMemory()
    var generator = SplitMix64(seed: 7)
    var rows: [FlatRow] = []
    for index in 0..<300 {
      let draw = Int(generator.next() % 1_000)
      let question = "q\(draw % 17)"
      let speaker = "fictional-\(draw % 5)"
      rows.append(
        FlatRow(
          speaker: speaker, speakerName: speaker, question: question, questionTitle: question,
          forecast: "f\(index)", claim: "It happens",
          saidOn: Day("2024-01-0\(draw % 3 + 1)")!, p: [0.25, 0.5][draw % 2],
          windowFrom: Day("2024-01-01"), windowTo: Day("2024-12-31"), outcome: nil,
          resolvedOn: nil, tags: ["fictional"]))
    }
    try BulkImportTests.importRows(ledger, rows)
    // The reference: SQLite walking the question index itself.
    let expected = try ledger.writer.read { db in
      try Int64.fetchAll(
        db,
        sql:
          "SELECT rowid FROM forecasts INDEXED BY forecasts_question WHERE imported = 1 ORDER BY question"
      )
    }
    try #require(expected.count == rows.count)
    for read in [
      ForecastRead.scoring(tags: true), .scoring(tags: false),
      .reviewing(ReviewListing(year: 2024)),
    ] {
      var delivered: [Int64] = []
      try ledger.forEachForecast(
        cuts: [Day("2024-12-31")!, Day("2025-12-31")!], knownBy: .distantFuture, read: read
      ) { forecast, _ in delivered.append(forecast.indexed.position) }
      #expect(delivered == expected, "\(read)")
    }
  }

  struct Stop: Error {}

  @Test func aFailureInTheBodyStopsTheReadingAndIsThrown() throws {
    let ledger = try Self.ledger()
    var seen = 0
    #expect(throws: Stop.self) {
      try ledger.forEachResolution(asOf: Day("2025-01-01")!, knownBy: .distantFuture) { _, _ in
        seen += 1
        if seen == Ledger.forecastBatch + 1 { throw Stop() }
      }
    }
    #expect(seen == Ledger.forecastBatch + 1)
  }
}
