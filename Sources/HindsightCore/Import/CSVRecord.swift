/// The fields of one CSV record as UTF-8 bytes, unquoted (`""` inside a quoted field already
/// made one `"`), held in the buffer they were read into.
///
/// A record is valid only inside the closure it is handed to (`CSVReader.withNextRecord`,
/// `CSVRecord.withFields`): the bytes are reused for the next record. Its fields may be changed
/// in place, but only made shorter (`shorten`).
public struct CSVRecord {
  private let base: UnsafeMutablePointer<UInt8>
  private let starts: UnsafePointer<Int>
  private let ends: UnsafeMutablePointer<Int>
  /// How many fields.
  public let count: Int
  /// The record's number in its file (the header is record 1).
  public let number: Int
  private let rawRange: Range<Int>?

  init(
    base: UnsafeMutablePointer<UInt8>, starts: UnsafePointer<Int>,
    ends: UnsafeMutablePointer<Int>, count: Int, number: Int, raw: Range<Int>?
  ) {
    self.base = base
    self.starts = starts
    self.ends = ends
    self.count = count
    self.number = number
    self.rawRange = raw
  }

  /// The bytes of the whole record where it was read, its fields and the commas between them
  /// without its line end, as they stand now (a quoted field keeps its opening quote; a field
  /// rewritten in place changes them); nil for a record made from strings.
  public var raw: UnsafeBufferPointer<UInt8>? {
    rawRange.map { UnsafeBufferPointer(start: base + $0.lowerBound, count: $0.count) }
  }

  /// The bytes of field `index` (0-based).
  public subscript(index: Int) -> UnsafeMutableBufferPointer<UInt8> {
    UnsafeMutableBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
  }

  /// The text of field `index` (the reader has checked that it is UTF-8).
  public func text(_ index: Int) -> String {
    String(decoding: UnsafeBufferPointer(self[index]), as: UTF8.self)
  }

  /// Cuts field `index` to its first `count` bytes (after rewriting it in place).
  public func shorten(_ index: Int, to count: Int) {
    precondition(count <= ends[index] - starts[index], "a field can only be made shorter")
    ends[index] = starts[index] + count
  }

  /// Calls `body` with a record holding `fields` (for parsing text that is already split).
  public static func withFields<Result>(
    _ fields: [String], _ body: (CSVRecord) throws -> Result
  ) rethrows -> Result {
    var bytes: [UInt8] = [0]
    var starts: [Int] = []
    var ends: [Int] = []
    for field in fields {
      starts.append(bytes.count)
      bytes.append(contentsOf: field.utf8)
      ends.append(bytes.count)
    }
    starts.append(0)  // so that neither array is ever empty
    ends.append(0)
    return try bytes.withUnsafeMutableBufferPointer { buffer in
      try starts.withUnsafeBufferPointer { starts in
        try ends.withUnsafeMutableBufferPointer { ends in
          try body(
            CSVRecord(
              base: buffer.baseAddress!, starts: starts.baseAddress!, ends: ends.baseAddress!,
              count: fields.count, number: 1, raw: nil))
        }
      }
    }
  }
}
