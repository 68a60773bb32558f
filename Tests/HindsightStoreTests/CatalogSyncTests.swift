import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// Syncing the fictional catalog into a fresh ledger, and time travel over catalog entries.
struct CatalogSyncTests {
  typealias F = FictionalCatalog

  @Test func newCatalogBecomesAdds() throws {
    let ledger = try Ledger.inMemory()
    let written = try ledger.sync(F.catalog, author: "sync", at: F.t0)
    #expect(
      written.map(\.payload) == [
        .catalogAdd(.source(F.source)), .catalogAdd(.speaker(F.speaker)),
        .catalogAdd(.question(F.eventQuestion)), .catalogAdd(.question(F.numericQuestion)),
        .catalogAdd(.forecast(F.eventForecast)), .catalogAdd(.forecast(F.numericForecast)),
      ])
    #expect(try ledger.storedItems().count == 6)
  }

  @Test func unchangedCatalogWritesNothing() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    #expect(try ledger.sync(F.catalog, author: "sync", at: F.day(1)).isEmpty)
    #expect(try ledger.count() == 6)
    // Even without the cached fingerprint, the diff of an unchanged catalog is empty.
    #expect(CatalogDiff.payloads(for: F.catalog, current: try ledger.storedItems()).isEmpty)
  }

  @Test func editedWindowBecomesOneAmendment() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    var edited = F.catalog
    edited.forecasts[0].window?.to = Day("2026-06-30")!
    let written = try ledger.sync(edited, author: "sync", at: F.day(1))
    #expect(
      written.map(\.payload) == [
        .amendment(
          .forecast(edited.forecasts[0]),
          changes: [FieldChange(field: "window.to", old: "2025-12-31", new: "2026-06-30")])
      ])
    #expect(written.map(\.seq) == [7])
  }

  @Test func fieldChangesCoverNestedAndAbsentFields() throws {
    var edited = F.numericForecast
    edited.confidence.p = 0.65
    edited.confidence.phrase = "probably"
    edited.note = nil
    let changes = CatalogDiff.changes(
      from: CatalogItemJSON.encode(.forecast(F.numericForecast)),
      to: CatalogItemJSON.encode(.forecast(edited)))
    #expect(
      changes == [
        FieldChange(field: "confidence.p", old: "0.6", new: "0.65"),
        FieldChange(field: "confidence.phrase", old: nil, new: "probably"),
        FieldChange(field: "note", old: "Fictional editor's note.", new: nil),
      ])
  }

  @Test func removedForecastIsWithdrawnAndCanReturn() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    var smaller = F.catalog
    smaller.forecasts.removeFirst()
    let written = try ledger.sync(smaller, author: "sync", at: F.day(1))
    #expect(written.map(\.payload) == [.withdrawal(forecast: "ada-demo-2025")])
    #expect(try ledger.catalog().withdrawn == ["ada-demo-2025"])
    let back = try ledger.sync(F.catalog, author: "sync", at: F.day(2))
    #expect(back.map(\.payload) == [.catalogAdd(.forecast(F.eventForecast))])
    #expect(try ledger.catalog().forecasts.map(\.id) == ["ada-demo-2025", "ada-revenue-2024"])
    #expect(try ledger.verify().isOK)
  }

  @Test func catalogKnownByBeforeAndAfterAmendment() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    var edited = F.catalog
    edited.questions[0].criteria = "A fictional event is announced by its organiser."
    try ledger.sync(edited, author: "sync", at: F.day(10))
    let before = try ledger.catalog(knownBy: F.day(5))
    let after = try ledger.catalog(knownBy: F.day(10))
    #expect(before.questions[0].criteria == "A fictional event is announced.")
    #expect(after.questions[0].criteria == "A fictional event is announced by its organiser.")
    #expect(try ledger.catalog(knownBy: F.t0.addingTimeInterval(-1)) == CatalogSnapshot())
    let catalog = after.catalog(version: 1, confidenceScale: F.catalog.confidenceScale)
    #expect(catalog == edited)
  }
}
