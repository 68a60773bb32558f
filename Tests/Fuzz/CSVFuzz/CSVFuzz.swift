import CLibFuzzer
import Glibc
import HindsightCore

/// Fuzzes the CSV reader (`CSVReader`) and the row parsers of the flat CSV and Fatebook's
/// export: any bytes must be read without crashing or hanging, to the same records and the
/// same error however they are cut into chunks, and every flat row that parses must survive
/// being written in canonical form and read again. Run by `scripts/fuzz csv SECONDS`.
@main
enum CSVFuzz {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzCSV))
  }
}

/// Every record of `bytes` (handed out `chunk` bytes at a time, or all at once), and the error
/// that stopped the reading, if any.
func records(_ bytes: [UInt8], chunk: Int?) -> (records: [[String]], error: CSVSyntaxError?) {
  var reader: CSVReader
  if let chunk {
    var offset = 0
    reader = CSVReader { _ in
      let end = min(bytes.count, offset + chunk)
      defer { offset = end }
      return Array(bytes[offset..<end])
    }
  } else {
    reader = CSVReader(bytes: bytes)
  }
  var result: [[String]] = []
  var fields: [String] = []
  do {
    while try reader.next(into: &fields) { result.append(fields) }
  } catch let error as CSVSyntaxError {
    return (result, error)
  } catch {
    preconditionFailure("unexpected error \(error)")
  }
  return (result, nil)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data, count > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  let whole = records(bytes, chunk: nil)
  // The first byte picks a chunk size from 1 to 16 bytes.
  let chunked = records(bytes, chunk: 1 + Int(bytes[0] % 16))
  precondition(whole.records == chunked.records, "records differ with chunks")
  precondition(whole.error == chunked.error, "errors differ with chunks")
  for fields in whole.records {
    for field in fields { precondition(field.utf8.count <= CSVReader.maxFieldBytes) }
    guard case .success(let row) = FlatRowParser.parse(fields) else { continue }
    // A parsed row, written canonically (as `export --format csv` writes it), reads back.
    var line: [UInt8] = []
    FlatCSV.appendLine(row, to: &line)
    let again = records(line, chunk: nil)
    precondition(again.error == nil && again.records.count == 1, "canonical line does not read")
    guard case .success(let reread) = FlatRowParser.parse(again.records[0]) else {
      preconditionFailure("canonical line does not parse: \(again.records[0])")
    }
    precondition(reread == row, "canonical line reads as another row")
  }
  if let header = whole.records.first {
    let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    if FatebookRows.required.allSatisfy({ columns[$0] != nil }) {
      var parsed: [FatebookRows.Record] = []
      for (index, fields) in whole.records.dropFirst().enumerated() {
        if case .success(let record) = FatebookRows.parse(
          fields, columns: columns, record: index + 2)
        {
          parsed.append(record)
        }
      }
      _ = FatebookRows.rows(parsed)
    }
  }
  return 0
}
