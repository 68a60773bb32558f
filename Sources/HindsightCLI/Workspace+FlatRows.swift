import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// Calls `body` with every forecast at the cut as a flat CSV row whose outcome and
  /// resolved-on date are the resolver's: catalog forecasts first (catalog order), then the
  /// imported ones (import and file order), streamed so a ledger of any size fits in memory.
  func forEachFlatRow(_ body: (FlatRow) throws -> Void) throws {
    let entries = try ledger.entries(knownBy: knownBy)
    let catalog = ledgerCatalog(from: entries)
    let facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    let resolver = Resolver(catalog: catalog, facts: facts, asOf: asOf)
    let speakers = Dictionary(
      catalog.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for forecast in catalog.forecasts {
      let question = resolver.question(forecast.question)
      var row = FlatRow(
        speaker: forecast.speaker, speakerName: speakers[forecast.speaker]?.nameEn ?? "",
        question: forecast.question, questionTitle: question?.title ?? "",
        forecast: forecast.id, claim: forecast.claim, saidOn: forecast.saidOn,
        p: forecast.confidence.p, windowFrom: forecast.window?.from,
        windowTo: forecast.window?.to, tags: question?.tags ?? [])
      (row.outcome, row.resolvedOn) = FlatRow.outcome(resolver.status(of: forecast))
      try body(row)
    }
    let imported = try ImportedScoring(ledger: ledger, knownBy: knownBy)
    guard let last = imported.imports.last else { return }
    try ledger.forEachImportedRow(upTo: last.seq) { seq, row in
      var row = row
      (row.outcome, row.resolvedOn) = FlatRow.outcome(
        imported.status(of: row, seq: seq, resolver: resolver))
      try body(row)
    }
  }
}

extension FlatRow {
  /// The `outcome` and `resolved_on` columns for a status: `true`, `false` or `annulled` with
  /// its day, else both empty.
  static func outcome(_ state: (status: ForecastStatus, resolvedOn: Day?)) -> (
    VerdictOutcome?, Day?
  ) {
    switch state.status {
    case .true: (.true, state.resolvedOn)
    case .false: (.false, state.resolvedOn)
    case .annulled: (.annulled, state.resolvedOn)
    case .open, .due: (nil, nil)
    }
  }
}
