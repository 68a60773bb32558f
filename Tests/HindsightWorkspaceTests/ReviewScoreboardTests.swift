import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace
import Testing

/// The review scores with the scorecard's pipeline: its scoreboard must be the scorecard as of
/// the year's end, each line's changes those since the scorecard a year before, and its Brier
/// series each year end's scorecard, on random
/// imported ledgers with several updates a speaker on one question, some made the same day,
/// and a verdict and a note on imported questions (FICTIONAL data).
@Suite struct ReviewScoreboardTests {
  static let empty = Catalog(
    version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [], speakers: [],
    questions: [], forecasts: [])

  static func workspace(seed: UInt64) throws -> Workspace {
    let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    let workspace = try Workspace.open(
      catalog: empty, ledger: Ledger.inMemory, asOf: Day(containing: now), knownBy: now,
      author: "fictional-editor", now: now)
    var generator = SplitMix64(seed: seed)
    func draw(_ count: Int) -> Int { Int(generator.next() % UInt64(count)) }
    var rows: [FlatRow] = []
    var outcomes: [String: (VerdictOutcome, Day)] = [:]
    for index in 0..<300 {
      let question = "q\(draw(40))"
      let said = Day(year: 2022 + draw(3), month: 1 + draw(3), day: 1 + draw(2))!
      if outcomes[question] == nil, draw(4) > 0 {
        outcomes[question] = (
          [.true, .false][draw(2)], Day(year: 2023 + draw(2), month: 6, day: 1 + draw(28))!
        )
      }
      let outcome = outcomes[question].flatMap { $0.1 >= said ? $0 : nil }
      rows.append(
        FlatRow(
          speaker: "s\(draw(6))", speakerName: "Speaker (fictional)", question: question,
          questionTitle: "Question \(question)", forecast: "f\(index)", claim: "It happens",
          saidOn: said, p: Double(1 + draw(19)) / 20, outcome: outcome?.0,
          resolvedOn: outcome?.1, tags: ["fictional"]))
    }
    _ = try workspace.ledger.bulkImport(
      file: "fictional.csv", format: .csv, author: "fictional-editor",
      at: Date(timeIntervalSince1970: 1_700_000_000)
    ) { _, sink in
      for (index, row) in rows.enumerated() {
        sink.hash(row)
        _ = try sink.insert(row, record: index + 2)
      }
      return ([], 0)
    }
    _ = try workspace.record(
      .verdict(
        Verdict(
          question: rows[0].question, forecast: nil, outcome: .false, reason: "(fictional)",
          source: "(fictional)", observed: Day("2024-03-01")!)),
      author: "fictional-editor", now: now)
    _ = try workspace.record(
      .note(
        EditorNote(
          question: rows[1].question, forecast: nil, observed: Day("2024-02-01")!,
          text: "(fictional)")),
      author: "fictional-editor", now: now)
    return workspace
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func theScoreboardIsTheScorecardAtTheYearsEnd(seed: UInt64) throws {
    let workspace = try Self.workspace(seed: seed)
    let review = try workspace.review(of: 2024)
    let scoring = CatalogScoring(forecasts: [])
    let now = try workspace.scorecard(asOf: .yearEnd(2024), catalog: scoring).card
    let before = try workspace.scorecard(asOf: .yearEnd(2023), catalog: scoring).card
    let lines = review.scoreboard.filter { $0.speaker != nil }
    try #require(lines.count == now.speakers.count)
    for row in lines {
      let line = try #require(now.line(for: row.speaker!))
      #expect(row.tally == line.tally, "\(row.label)")
      #expect(row.scores == line.scores, "\(row.label)")
      #expect(row.previous.brier == before.line(for: row.speaker!)?.scores.brier)
      #expect(row.label == "Speaker (fictional)")
    }
    // The Brier series: each year end's scorecard.
    for series in review.brierHistory {
      for point in series.points {
        let card = try workspace.scorecard(asOf: .yearEnd(point.year), catalog: scoring).card
        let line = series.speaker.map { card.line(for: $0)?.scores } ?? card.overall.scores
        #expect(point.brier == line?.brier, "\(series.label) \(point.year)")
        #expect(point.n == line?.n ?? 0, "\(series.label) \(point.year)")
      }
    }
    let pooled = try #require(review.scoreboard.last)
    #expect(pooled.tally == now.overall.tally)
    #expect(pooled.scores == now.overall.scores)
  }
}
