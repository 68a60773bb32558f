import Foundation
import HindsightCore
import HindsightStore

/// What the bulk imports known at a cut add to the catalog and to the resolver's facts.
struct ImportedAtCut {
  /// One source per import.
  var sources: [Source] = []
  /// The imported speakers, in import order.
  var speakers: [Speaker] = []
  /// The imported binary questions, in import order.
  var questions: [Question] = []
  /// The imported forecasts, in import order.
  var forecasts: [Forecast] = []
  /// The outcomes the imports recorded, as verdict facts of their entries.
  var verdicts: [Recorded<Verdict>] = []

  /// Reads every import recorded by `knownBy`.
  init(ledger: Ledger, knownBy: Date) throws {
    let imports = try ledger.imports(knownBy: knownBy)
    guard let last = imports.last else { return }
    let bySeq = Dictionary(uniqueKeysWithValues: imports.map { ($0.seq, $0) })
    sources = imports.map {
      FlatRow.source(
        importSeq: $0.seq, file: $0.bulk.file, recordedOn: Day(containing: $0.recordedAt))
    }
    var seenSpeakers: Set<String> = []
    var seenQuestions: Set<String> = []
    try ledger.forEachImportedRow(upTo: last.seq) { seq, row in
      if seenSpeakers.insert(row.speaker).inserted { speakers.append(row.speakerItem) }
      if seenQuestions.insert(row.question).inserted {
        questions.append(row.questionItem(importSeq: seq))
      }
      forecasts.append(row.forecastItem(importSeq: seq))
      if let record = bySeq[seq],
        let verdict = row.verdict(
          importSeq: seq, recordedAt: record.recordedAt, file: record.bulk.file)
      {
        verdicts.append(verdict)
      }
    }
  }

  /// `catalog` with the imported items appended.
  func adding(to catalog: Catalog) -> Catalog {
    var result = catalog
    result.sources += sources
    result.speakers += speakers
    result.questions += questions
    result.forecasts += forecasts
    return result
  }
}
