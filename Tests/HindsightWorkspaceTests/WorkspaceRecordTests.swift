import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace
import Testing

/// A workspace in process: its cut, the entries it records and the resolutions they change
/// (FICTIONAL speaker, question and dates).
@Suite struct WorkspaceRecordTests {
  static let catalog = Catalog(
    version: 1, confidenceScale: ConfidenceScale(levels: []),
    sources: [
      Source(
        id: "src", title: "A fictional talk", titleEn: "A fictional talk", publisher: "nobody",
        heldOn: nil, publishedOn: nil, citation: "(fictional)")
    ],
    speakers: [Speaker(id: "ada", name: "Ada", nameEn: "Ada", affiliations: [])],
    questions: [
      Question(id: "ev", title: "An event", kind: .event, criteria: "(fictional)", tags: [])
    ],
    forecasts: [
      Forecast(
        id: "ada-ev", question: "ev", speaker: "ada", source: "src",
        saidOn: Day("2024-01-01")!, quote: "(fictional)", quoteEn: "(fictional)",
        claim: "(fictional)",
        window: Window(from: Day("2024-01-01")!, to: Day("2024-12-31")!, basis: .stated),
        confidence: Confidence(phrase: nil, p: 0.7, interval: 0.7...0.7, basis: .stated))
    ])

  @Test func recordingEvidenceNamesTheResolutionItChanges() throws {
    let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    let workspace = try Workspace.open(
      catalog: Self.catalog, ledger: Ledger.inMemory, asOf: Day(containing: now),
      knownBy: now, author: "tester", now: now)
    #expect(workspace.synced.count == 4)
    let evidence = Evidence(
      question: "ev", observed: Day("2024-06-01")!, source: "(fictional)", summary: "",
      observation: .occurred)
    let recording = try workspace.record(.evidence(evidence), author: "tester", now: now)
    #expect(recording.entry.seq == 5)
    // By hand: the window closed on 2024-12-31 with nothing recorded (due); the occurrence on
    // 2024-06-01 falls inside it.
    #expect(recording.changes.map(\.description) == ["ada-ev: due → true (occurred-in-window)"])
    let again = try workspace.record(.evidence(evidence), author: "tester", now: now)
    #expect(again.changes.isEmpty)
    let retraction = try workspace.record(
      .retraction(Retraction(seq: 6, reason: "(fictional)")), author: "tester", now: now)
    #expect(retraction.changes.isEmpty)
    let undone = try workspace.record(
      .retraction(Retraction(seq: 5, reason: "(fictional)")), author: "tester", now: now)
    #expect(undone.changes.map(\.description) == ["ada-ev: true → due (awaiting-evidence)"])
  }
}
