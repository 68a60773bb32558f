import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// `Ledger.catalogSpeakers` and `Ledger.catalogForecasts` against the fold of the catalog
/// entries (`Ledger.catalog(knownBy:)`), on random fictional histories of syncs: a second
/// speaker joining, forecasts withdrawn and restored, claims amended and forecasts moved
/// from one speaker to the other.
struct CatalogItemsTests {
  typealias F = FictionalCatalog

  static let bo = Speaker(id: "bo-example", name: "波", nameEn: "Bo Example", affiliations: [])

  /// The fictional forecasts a version of the catalog draws from.
  static let pool: [Forecast] =
    [F.eventForecast, F.numericForecast]
    + (1...3).map { index in
      var forecast = F.eventForecast
      forecast.id = "bo-demo-\(index)"
      forecast.speaker = bo.id
      forecast.claim = "Fictional claim \(index)."
      return forecast
    }

  /// One version of the catalog drawn from `random`: each forecast of the pool in it or not,
  /// its claim and speaker possibly changed; Bo a speaker once `boJoined`.
  static func version(_ random: inout SplitMix64, boJoined: Bool) -> Catalog {
    var catalog = F.catalog
    catalog.speakers = boJoined ? [F.speaker, bo] : [F.speaker]
    catalog.forecasts = pool.compactMap { forecast in
      guard Bool.random(using: &random) else { return nil }
      var forecast = forecast
      if Bool.random(using: &random) { forecast.claim += " (amended)" }
      if boJoined, Bool.random(using: &random) {
        forecast.speaker = forecast.speaker == bo.id ? F.speaker.id : bo.id
      }
      if !boJoined { forecast.speaker = F.speaker.id }
      return forecast
    }
    return catalog
  }

  @Test(arguments: 1...30) func itemsAreTheFoldsAtEveryCut(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    let ledger = try Ledger.inMemory()
    let selections: [Set<String>?] = [
      nil, [F.speaker.id], [Self.bo.id], [F.speaker.id, Self.bo.id], ["nobody"], [],
    ]
    for step in 0..<8 {
      let catalog = Self.version(&random, boJoined: step >= 3)
      try ledger.sync(catalog, author: "fictional", at: F.day(step))
      // Now and at the latest sync, the items come from `catalog_items`; before it, from the
      // fold.
      for knownBy in [nil, F.day(step), F.day(step).addingTimeInterval(-1)] {
        let folded = try ledger.catalog(knownBy: knownBy)
        #expect(try ledger.catalogSpeakers(knownBy: knownBy) == folded.speakers)
        for speakers in selections {
          let expected = folded.forecasts.filter { speakers?.contains($0.speaker) ?? true }
          #expect(
            try ledger.catalogForecasts(knownBy: knownBy, of: speakers) == expected,
            "seed \(seed), step \(step), known by \(String(describing: knownBy)), \(String(describing: speakers))"
          )
        }
      }
    }
    #expect(try ledger.verify().isOK)
  }
}
