import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// The scorecard at the cut (or as of `day`, with the cut's known-by), catalog and imported
  /// forecasts alike. Forecasts made after the day are left out: they had not been said yet.
  ///
  /// Imported forecasts are resolved from their speakers' scoring records (`imported_speakers`,
  /// read one speaker at a time) with `ScoringRecord.status(asOf:)`: ten thousand blobs rather
  /// than a million rows. Those whose question a ledger verdict names are instead read one by
  /// one from `imported_forecasts` and resolved with `Resolver.status(of:imported:kind:)`, in place of
  /// their records, so every forecast is resolved by the same rules as `resolve`.
  func scorecard(
    asOf day: Day? = nil, only: Set<String>? = nil, entries: [LedgerEntry]? = nil,
    imported: ImportedScoring? = nil
  ) throws -> Scorecard {
    let asOf = day ?? self.asOf
    let entries = try entries ?? ledger.entries(knownBy: knownBy)
    let imported = try imported ?? ImportedScoring(ledger: ledger, knownBy: knownBy)
    let catalog = ledgerCatalog(from: entries)
    let facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    let resolver = Resolver(catalog: catalog, facts: facts, asOf: asOf)
    var builder = ScorecardBuilder(only: only)
    for forecast in catalog.forecasts where forecast.saidOn <= asOf {
      builder.add(
        speaker: forecast.speaker, status: resolver.status(of: forecast).status,
        confidence: forecast.confidence)
    }
    guard let last = imported.imports.last else {
      return builder.scorecard(asOf: asOf, knownBy: knownBy)
    }
    // Any question with a verdict entry: imported questions, and catalog ones in case an
    // imported question shares a catalog question's id.
    let decided = Set(facts.verdicts.keys)
    var replaced: [ReplacedRecord: Int] = [:]
    if !decided.isEmpty {
      try ledger.forEachImportedRow(upTo: last.seq, questions: decided) { seq, row in
        let key = ReplacedRecord(seq: seq, speaker: row.speaker, record: ScoringRecord(row))
        replaced[key, default: 0] += 1
        guard row.saidOn <= asOf else { return }
        builder.add(
          speaker: row.speaker,
          status: imported.status(of: row, seq: seq, resolver: resolver).status,
          confidence: row.forecastItem(source: "").confidence)
      }
    }
    try ledger.forEachImportedSpeaker(upTo: last.seq) { speaker in
      if replaced.isEmpty {
        builder.add(speaker, asOf: asOf)
        return
      }
      builder.add(speaker, asOf: asOf) { record in
        let key = ReplacedRecord(seq: speaker.seq, speaker: speaker.speaker, record: record)
        guard let count = replaced[key], count > 0 else { return false }
        replaced[key] = count - 1
        return true
      }
    }
    return builder.scorecard(asOf: asOf, knownBy: knownBy)
  }

  /// Every speaker a scorecard can name: the catalog's at the cut, then the imports', and the
  /// earliest day any of their forecasts was made.
  func scoredSpeakers(entries: [LedgerEntry], imported: ImportedScoring) -> (
    speakers: [Speaker], firstSaidOn: Day?
  ) {
    let catalog = ledgerCatalog(from: entries)
    let first = (catalog.forecasts.map(\.saidOn) + [imported.firstSaidOn].compactMap { $0 }).min()
    return (catalog.speakers + self.catalog.speakers + imported.speakers, first)
  }
}

/// An imported forecast resolved from its row rather than from its scoring record: which
/// record of which speaker it stands in for.
private struct ReplacedRecord: Hashable {
  var seq: Int64
  var speaker: String
  var record: ScoringRecord
}

/// What a scorecard reads of the bulk imports known at a cut, once for every cut of
/// `--history`: the imports, their speakers and the day of the first imported forecast.
struct ImportedScoring {
  /// The imports recorded by the cut's known-by, in seq order.
  let imports: [ImportRecord]
  /// Their speakers, in the order they were imported.
  let speakers: [Speaker]
  /// The earliest day an imported forecast was made.
  let firstSaidOn: Day?
  private let bySeq: [Int64: ImportRecord]

  /// Reads the imports recorded by `knownBy` and their speakers.
  init(ledger: Ledger, knownBy: Date) throws {
    imports = try ledger.imports(knownBy: knownBy)
    (speakers, firstSaidOn) =
      try imports.last.map { try ledger.importedSpeakers(upTo: $0.seq) } ?? ([], nil)
    bySeq = Dictionary(uniqueKeysWithValues: imports.map { ($0.seq, $0) })
  }

  /// The status of an imported row at the resolver's cut, its import's outcome counting as a
  /// verdict of the import entry.
  func status(of row: FlatRow, seq: Int64, resolver: Resolver) -> (
    status: ForecastStatus, resolvedOn: Day?
  ) {
    let verdict = bySeq[seq].flatMap {
      row.verdict(importSeq: seq, recordedAt: $0.recordedAt, file: $0.bulk.file)
    }
    return resolver.status(of: row.forecastItem(source: ""), imported: verdict, kind: .binary)
  }
}
