import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// A forecast's `already_true_when_said` in the ledger, on the FICTIONAL catalog: written into
/// the forecast item's canonical JSON only when set, read back, and changed by an amendment.
@Suite struct AlreadyTrueWhenSaidLedgerTests {
  typealias F = FictionalCatalog

  static let reason = "Fictional: the demo event had already been announced in 2023."

  /// The fictional catalog with the event forecast judged already true when said.
  static var judged: Catalog {
    var catalog = F.catalog
    catalog.forecasts[0].alreadyTrueWhenSaid = reason
    return catalog
  }

  @Test func theCanonicalItemCarriesTheKeyOnlyWhenSet() throws {
    let judged = CatalogItemJSON.encode(.forecast(Self.judged.forecasts[0])).canonicalText
    #expect(judged.contains(#""already_true_when_said":"\#(Self.reason)","claim":"#))
    let plain = CatalogItemJSON.encode(.forecast(F.eventForecast)).canonicalText
    #expect(!plain.contains("already_true_when_said"))
  }

  @Test func theReasonRoundTripsThroughTheLedger() throws {
    let ledger = try Ledger.inMemory()
    let written = try ledger.sync(Self.judged, author: "fictional-editor", at: F.t0)
    #expect(written.contains { $0.payload == .catalogAdd(.forecast(Self.judged.forecasts[0])) })
    let read = try ledger.catalog().forecasts
    #expect(read.first { $0.id == "ada-demo-2025" }?.alreadyTrueWhenSaid == Self.reason)
    #expect(read.first { $0.id == "ada-revenue-2024" }?.alreadyTrueWhenSaid == nil)
    #expect(try ledger.sync(Self.judged, author: "fictional-editor", at: F.day(1)).isEmpty)
    #expect(try ledger.verify().isOK)
  }

  @Test func settingAndClearingTheReasonAreAmendments() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "fictional-editor", at: F.t0)
    let set = try ledger.sync(Self.judged, author: "fictional-editor", at: F.day(1))
    #expect(
      set.map(\.payload) == [
        .amendment(
          .forecast(Self.judged.forecasts[0]),
          changes: [FieldChange(field: "already_true_when_said", old: nil, new: Self.reason)])
      ])
    let cleared = try ledger.sync(F.catalog, author: "fictional-editor", at: F.day(2))
    #expect(
      cleared.map(\.payload) == [
        .amendment(
          .forecast(F.eventForecast),
          changes: [FieldChange(field: "already_true_when_said", old: Self.reason, new: nil)])
      ])
    #expect(try ledger.catalog(knownBy: F.day(1)).forecasts[0].alreadyTrueWhenSaid == Self.reason)
    #expect(try ledger.verify().isOK)
  }
}
