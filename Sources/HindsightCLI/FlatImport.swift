import HindsightCore
import HindsightStore

/// Reads the flat CSV of SPEC §9 into an import: checks the header, parses and checks every
/// row, hashes every parsed row and inserts the accepted ones while no row has been bad.
enum FlatImport {
  /// Reads the whole file.
  static func read(
    _ reader: inout CSVReader, into validator: inout ImportValidator, sink: inout ImportSink,
    progress: inout ImportProgress
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
      // Rows are parsed, checked, hashed and inserted from the bytes just read.
      while try reader.withNextRecord({ fields in
        let record = fields.number
        switch FlatRowParser.parse(fields) {
        case .failure(let problem):
          validator.report(problem, record: record)
        case .success(let row):
          sink.hash(row)
          if validator.check(row, record: record) {
            try FlatImport.insert(row, record: record, validator: &validator, sink: &sink)
          }
        }
      }) {
        progress.update(rows: reader.record - 1, bytes: reader.bytesRead)
      }
      if reader.record == 1 {
        validator.report(ImportProblem("the file has a header but no rows"), record: 1)
      }
    } catch let error as CSVSyntaxError {
      validator.report(ImportProblem(error.message), record: error.record)
    }
  }

  /// Inserts an accepted row (even after a bad one, so that the table's unique index finds
  /// every repeated forecast id; a bad row rolls the whole import back anyway).
  static func insert(
    _ row: some FlatRecord, record: Int, validator: inout ImportValidator, sink: inout ImportSink
  ) throws {
    switch try sink.insert(row, record: record) {
    case nil: break
    case .thisFile(let first)?: validator.reportDuplicate(row, record: record, first: first)
    case .earlierImport?: validator.reportDuplicate(row, record: record, first: nil)
    }
  }
}
