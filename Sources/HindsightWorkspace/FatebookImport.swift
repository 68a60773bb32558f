import HindsightCore
import HindsightStore

/// Reads Fatebook's CSV export into an import (see `FatebookRows`).
public enum FatebookImport {
  /// Reads the whole file: every record is checked, then the flat rows are checked and added.
  public static func read(
    _ reader: inout CSVReader, into validator: inout ImportValidator, sink: inout ImportSink,
    progress: inout some ImportProgressReporting
  ) throws {
    var fields: [String] = []
    var records: [FatebookRows.Record] = []
    do {
      guard try reader.next(into: &fields) else {
        validator.report(
          ImportProblem("the file is empty; it needs Fatebook's header row"), record: 1)
        return
      }
      let columns = Dictionary(
        fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
      let missing = FatebookRows.required.filter { columns[$0] == nil }
      guard missing.isEmpty else {
        validator.report(
          ImportProblem(
            "the header lacks the column(s) \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) of Fatebook's export"
          ), record: 1)
        return
      }
      while try reader.next(into: &fields) {
        switch FatebookRows.parse(fields, columns: columns, record: reader.record) {
        case .failure(let problem): validator.report(problem, record: reader.record)
        case .success(let record): records.append(record)
        }
        progress.update(rows: reader.record - 1, bytes: reader.bytesRead)
      }
    } catch let error as CSVSyntaxError {
      validator.report(ImportProblem(error.message), record: error.record)
      return
    }
    if records.isEmpty, validator.badRows == 0 {
      validator.report(ImportProblem("the file has a header but no forecasts"), record: 1)
    }
    for (record, row) in FatebookRows.rows(records) {
      sink.hash(row)
      if validator.check(row, record: record) {
        try FlatImport.insert(row, record: record, validator: &validator, sink: &sink)
      }
    }
  }
}
