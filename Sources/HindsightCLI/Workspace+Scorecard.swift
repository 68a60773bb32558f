import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// The scorecard at the cut (or as of `day`, with the cut's known-by), catalog and imported
  /// forecasts alike. Forecasts made after the day are left out: they had not been said yet.
  ///
  /// Imported forecasts are streamed from the ledger one at a time and resolved with
  /// `Resolver.status(of:imported:kind:)` (the same rules as `resolve`), so a ledger of a
  /// million forecasts is scored without holding its resolutions in memory.
  func scorecard(asOf day: Day? = nil, only: Set<String>? = nil, entries: [LedgerEntry]? = nil)
    throws -> Scorecard
  {
    let asOf = day ?? self.asOf
    let entries = try entries ?? ledger.entries(knownBy: knownBy)
    let catalog = ledgerCatalog(from: entries)
    let facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    let resolver = Resolver(catalog: catalog, facts: facts, asOf: asOf)
    var builder = ScorecardBuilder(only: only)
    for forecast in catalog.forecasts where forecast.saidOn <= asOf {
      builder.add(
        speaker: forecast.speaker, status: resolver.status(of: forecast).status,
        confidence: forecast.confidence)
    }
    let imports = try ledger.imports(knownBy: knownBy)
    if let last = imports.last {
      let bySeq = Dictionary(uniqueKeysWithValues: imports.map { ($0.seq, $0) })
      var source = (seq: Int64(0), id: "")
      try ledger.forEachImportedRow(upTo: last.seq, full: false) { seq, row in
        if source.seq != seq { source = (seq, FlatRow.sourceID(importSeq: seq)) }
        let forecast = row.forecastItem(source: source.id)
        guard forecast.saidOn <= asOf else { return }
        let record = bySeq[seq]
        let verdict = record.flatMap {
          row.verdict(importSeq: seq, recordedAt: $0.recordedAt, file: $0.bulk.file)
        }
        builder.add(
          speaker: row.speaker,
          status: resolver.status(of: forecast, imported: verdict, kind: .binary).status,
          confidence: forecast.confidence)
      }
    }
    return builder.scorecard(asOf: asOf, knownBy: knownBy)
  }

  /// Every speaker a scorecard can name: the catalog's at the cut, then the imports', and the
  /// earliest day any of their forecasts was made.
  func scoredSpeakers(entries: [LedgerEntry]) throws -> (speakers: [Speaker], firstSaidOn: Day?) {
    let catalog = ledgerCatalog(from: entries)
    let first = catalog.forecasts.map(\.saidOn).min()
    guard let last = try ledger.imports(knownBy: knownBy).last else {
      return (catalog.speakers + self.catalog.speakers, first)
    }
    let imported = try ledger.importedSpeakers(upTo: last.seq)
    let firstOfAll = [first, imported.firstSaidOn].compactMap { $0 }.min()
    return (catalog.speakers + self.catalog.speakers + imported.speakers, firstOfAll)
  }
}
