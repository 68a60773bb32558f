import Foundation
import HindsightCore
import HindsightStore

/// Reads the flat CSV of SPEC §9 into an import: checks the header, then parses, checks and
/// hashes every row on a thread of its own (`FlatReading`) while this one inserts the accepted
/// rows, batch by batch; SQLite's work and the reading overlap on two cores.
public enum FlatImport {
  /// Reads the whole file.
  public static func read(
    _ reader: inout CSVReader, into validator: inout ImportValidator, sink: inout ImportSink,
    progress: inout some ImportProgressReporting
  ) throws {
    var fields: [String] = []
    do {
      guard try reader.next(into: &fields) else {
        validator.report(
          ImportProblem("the file is empty; it needs the header row and at least one row"),
          record: 1)
        return
      }
      guard fields == FlatCSV.columns else {
        validator.report(
          ImportProblem(
            "the header must be \(FlatCSV.columns.joined(separator: ",")); found \(fields.joined(separator: ","))"
          ), record: 1)
        return
      }
    } catch let error as CSVSyntaxError {
      validator.report(ImportProblem(error.message), record: error.record)
      return
    }
    let reading = FlatReading(
      reader: reader, validator: validator, progress: progress)
    var refusals: [ImportSink.Refusal] = []
    try BatchChannel<ImportBatch>.pipeline(capacity: 4, produce: reading.run) { batch in
      refusals += try sink.insert(batch)
    }
    if let failure = reading.failure { throw failure }
    (reader, validator, progress) = (reading.reader, reading.validator, reading.progress)
    sink.digest = reading.digest
    for refusal in refusals {
      validator.report(refusal.problem, record: refusal.record)
    }
  }

  /// Inserts a row the validator accepted, with the look-ups it asked for (even after a bad
  /// row, so that every row the ledger refuses is reported; a bad row rolls the whole import
  /// back anyway).
  public static func insert(
    _ row: some FlatRecord, record: Int, validator: inout ImportValidator, sink: inout ImportSink
  ) throws {
    if let refusal = try sink.insert(row, record: record, lookUps: validator.lookUps) {
      validator.report(refusal.problem, record: refusal.record)
    }
  }
}
