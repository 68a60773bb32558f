import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// The catalog file's digest the ledger keeps (`SyncedCatalogFile`): the catalog is taken from
/// the ledger only for the bytes it last synced, and only while its catalog has not changed
/// since. The catalogs and digests are fictional.
@Suite struct SyncedCatalogFileTests {
  typealias F = FictionalCatalog
  static let first = String(repeating: "a", count: 64)
  static let second = String(repeating: "b", count: 64)

  /// The fictional catalog with a one-row confidence scale.
  static var scaled: Catalog {
    var catalog = F.catalog
    catalog.confidenceScale = ConfidenceScale(levels: [
      ConfidenceLevel(
        id: "fictional-likely", phrases: ["fictionally likely"], p: 0.7, interval: 0.6...0.8,
        basis: .editor, reference: "Fictional.")
    ])
    return catalog
  }

  /// The catalog a command takes for the bytes of digest `sha256`: the ledger's, with the
  /// header it kept for them; nil when it must parse the file.
  static func synced(_ ledger: Ledger, _ sha256: String) throws -> Catalog? {
    try ledger.syncedCatalogFile(sha256: sha256).map { try ledger.catalog().catalog($0.header) }
  }

  @Test func theSyncedBytesGiveTheLedgersCatalog() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(Self.scaled, fileSHA256: Self.first, author: "sync", at: F.t0)
    let catalog = try #require(try Self.synced(ledger, Self.first))
    #expect(catalog == Self.scaled)
    #expect(catalog.confidenceScale.levels.map(\.id) == ["fictional-likely"])
    #expect(try Self.synced(ledger, Self.second) == nil)
  }

  @Test func newBytesOfTheSameItemsReplaceTheDigestAndTheScale() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.t0)
    // Another scale reference or a comment: other bytes, the same items, no entry written.
    let rescaled = Self.scaled
    #expect(
      try ledger.sync(rescaled, fileSHA256: Self.second, author: "sync", at: F.day(1)).isEmpty)
    #expect(try ledger.count() == 6)
    #expect(try Self.synced(ledger, Self.first) == nil)
    let catalog = try #require(try Self.synced(ledger, Self.second))
    #expect(catalog.confidenceScale == rescaled.confidenceScale)
  }

  @Test func aChangeSyncedWithoutADigestForgetsTheOldOne() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.t0)
    var edited = F.catalog
    edited.forecasts[0].window?.to = Day("2026-06-30")!
    #expect(try ledger.sync(edited, author: "sync", at: F.day(1)).count == 1)
    #expect(try Self.synced(ledger, Self.first) == nil)
    // Synced again with its digest, the edited file's bytes give the amended catalog.
    try ledger.sync(edited, fileSHA256: Self.second, author: "sync", at: F.day(2))
    #expect(try Self.synced(ledger, Self.second) == edited)
  }

  @Test func theDigestHoldsOnlyWithItsFingerprint() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.t0)
    // What `repair` does: the synced fingerprint forgotten, so the next command syncs again.
    try ledger.tamper("DELETE FROM meta WHERE key = 'catalog_fingerprint'")
    #expect(try Self.synced(ledger, Self.first) == nil)
  }

  @Test func theDigestIsReadWithoutOpeningTheLedger() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    #expect(Ledger.syncedCatalogSHA256(at: temp.path) == nil)
    let ledger = try Ledger(path: temp.path)
    #expect(Ledger.syncedCatalogSHA256(at: temp.path) == nil)
    try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.t0)
    #expect(Ledger.syncedCatalogSHA256(at: temp.path) == Self.first)
  }

  @Test func theRecordKeepsTheQuestionsTheFileDropped() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.t0)
    #expect(try ledger.syncedCatalogFile(sha256: Self.first)?.droppedQuestions == [])
    // The numeric question and its forecast leave the file: the forecast is withdrawn, the
    // question stays in the ledger, and the record says the file lacks it.
    var smaller = F.catalog
    smaller.questions.removeAll { $0.id == F.numericQuestion.id }
    smaller.forecasts.removeAll { $0.question == F.numericQuestion.id }
    try ledger.sync(smaller, fileSHA256: Self.second, author: "sync", at: F.day(1))
    #expect(try ledger.catalog().questions.map(\.id).contains(F.numericQuestion.id))
    #expect(
      try ledger.syncedCatalogFile(sha256: Self.second)?.droppedQuestions == [
        F.numericQuestion.id
      ])
    try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.day(2))
    #expect(try ledger.syncedCatalogFile(sha256: Self.first)?.droppedQuestions == [])
  }

  @Test func anOlderRecordGainsTheDroppedQuestionsWhenSyncedAgain() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.t0)
    // A record as kept before the dropped questions were.
    try ledger.tamper(
      "UPDATE meta SET value = json_remove(value, '$.droppedQuestions') WHERE key = 'catalog_file'"
    )
    #expect(try ledger.syncedCatalogFile(sha256: Self.first)?.droppedQuestions == nil)
    #expect(
      try ledger.sync(F.catalog, fileSHA256: Self.first, author: "sync", at: F.day(1)).isEmpty)
    #expect(try ledger.syncedCatalogFile(sha256: Self.first)?.droppedQuestions == [])
    #expect(try ledger.count() == 6)
  }
}
