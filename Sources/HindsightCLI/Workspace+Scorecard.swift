import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// The scorecard at the cut, catalog and imported forecasts alike.
  ///
  /// Imported forecasts are streamed from the ledger one at a time and resolved with
  /// `Resolver.status(of:imported:kind:)` (the same rules as `resolve`), so a ledger of a
  /// million forecasts is scored without holding its resolutions in memory.
  func scorecard(only: Set<String>? = nil) throws -> Scorecard {
    let catalog = try ledgerCatalogAtCut()
    let facts = LedgerFacts(
      entries: try ledger.entries(knownBy: knownBy), asOf: asOf, knownBy: knownBy)
    let resolver = Resolver(catalog: catalog, facts: facts, asOf: asOf)
    var builder = ScorecardBuilder(only: only)
    for forecast in catalog.forecasts {
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
}
