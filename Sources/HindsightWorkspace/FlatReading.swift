import HindsightCore
import HindsightStore

/// The reading side of a flat CSV import, run on a thread of its own: every row is parsed,
/// hashed and checked; accepted rows go into batches for the inserting thread.
///
/// Only the reading thread touches it until its `run` has returned, and only the inserting
/// thread after that.
final class FlatReading<Progress: ImportProgressReporting>: @unchecked Sendable {
  /// Rows a batch holds.
  static var batchSize: Int { 4096 }
  /// Bytes reserved for a batch's columns (rows of the synthetic ledgers take about 150).
  static var batchBytes: Int { 1 << 20 }

  private(set) var reader: CSVReader
  private(set) var validator: ImportValidator
  private(set) var progress: Progress
  private(set) var digest = RowDigest()
  /// An error that stopped the reading (not a bad row: those are the validator's).
  private(set) var failure: (any Error)?

  init(reader: CSVReader, validator: ImportValidator, progress: Progress) {
    self.reader = reader
    self.validator = validator
    self.progress = progress
  }

  /// Reads every row after the header, pushing batches of accepted rows; stops when `push`
  /// throws (the inserting side has failed).
  func run(push: (ImportBatch) throws -> Void) throws {
    var batch = ImportBatch(capacity: FlatReading.batchBytes)
    do {
      while try reader.withNextRecord({ fields in
        let record = fields.number
        switch FlatRowParser.parse(fields) {
        case .failure(let problem):
          validator.report(problem, record: record)
        case .success(let row):
          digest.add(row)
          if validator.check(row, record: record) {
            batch.append(row, record: record, lookUps: validator.lookUps)
          }
        }
      }) {
        progress.update(rows: reader.record - 1, bytes: reader.bytesRead)
        if batch.count >= FlatReading.batchSize {
          try push(batch)
          batch = ImportBatch(capacity: FlatReading.batchBytes)
        }
      }
      if reader.record == 1 {
        validator.report(ImportProblem("the file has a header but no rows"), record: 1)
      }
    } catch let error as CSVSyntaxError {
      validator.report(ImportProblem(error.message), record: error.record)
    } catch let error as CancellationError {
      throw error
    } catch {
      failure = error
    }
    if batch.count > 0 { try push(batch) }
  }
}
