/// A streaming RFC 4180 reader over UTF-8 bytes: comma-separated fields, records ended by LF or
/// CRLF, fields optionally in double quotes (a quote inside written twice, commas and line
/// breaks allowed inside). The bytes arrive in chunks from `read`, so a file of any size is
/// read in constant memory.
///
/// A field may hold at most `maxFieldBytes` and a record `maxRecordBytes` (docs/import.md,
/// "Limits"); a longer one is a `CSVSyntaxError` as soon as the limit is passed, so an input
/// with no line end (or a quote that is never closed) is neither buffered whole nor scanned
/// again at every chunk.
public struct CSVReader {
  /// The most bytes `hindsight import` reads from one file: 1 GiB, about ten million rows of
  /// the flat CSV.
  public static let maxFileBytes = 1 << 30
  /// The most bytes one field may hold as written (inside its quotes, if quoted): 64 KiB.
  public static let maxFieldBytes = 64 << 10
  /// The most bytes one record may hold, its line end not counted: 1 MiB.
  public static let maxRecordBytes = 1 << 20

  /// Reads the next chunk of at most the given number of bytes; an empty array means the end.
  public typealias Read = (Int) throws -> [UInt8]

  private let read: Read
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEnd = false
  private var starts: [Int] = []
  private var ends: [Int] = []
  private var escaped: [Bool] = []
  /// The number of the last record returned (the header is record 1).
  public private(set) var record = 0
  /// How many bytes have been consumed so far (for progress).
  public private(set) var bytesRead = 0
  private static let chunk = 1 << 20

  /// Creates a reader that pulls its bytes from `read`.
  public init(read: @escaping Read) {
    self.read = read
  }

  /// Creates a reader over bytes already in memory.
  public init(bytes: [UInt8]) {
    var delivered = false
    self.read = { _ in
      defer { delivered = true }
      return delivered ? [] : bytes
    }
  }

  /// Reads the next record's fields into `fields` (replacing its contents) and returns true,
  /// or returns false at the end of the input.
  ///
  /// - Throws: `CSVSyntaxError` for an unclosed quote, text after a closing quote, or bytes
  ///   that are not UTF-8; errors of `read`.
  public mutating func next(into fields: inout [String]) throws -> Bool {
    try withNextRecord { record in
      fields.removeAll(keepingCapacity: true)
      for index in 0..<record.count { fields.append(record.text(index)) }
    }
  }

  /// Reads the next record and calls `body` with its fields as bytes, without making a
  /// `String` of any of them; returns false (without calling `body`) at the end of the input.
  ///
  /// The record is valid only inside `body`. Every field has been checked to be UTF-8.
  ///
  /// - Throws: `CSVSyntaxError` (as `next(into:)`), errors of `read` and of `body`.
  public mutating func withNextRecord(_ body: (CSVRecord) throws -> Void) throws -> Bool {
    while true {
      if let end = try scanRecord() {
        record += 1
        try unquote()
        let raw = position..<ends[starts.count - 1]
        bytesRead += end - position
        position = end
        let count = starts.count
        let number = record
        try buffer.withUnsafeMutableBufferPointer { bytes in
          try starts.withUnsafeBufferPointer { starts in
            try ends.withUnsafeMutableBufferPointer { ends in
              try body(
                CSVRecord(
                  base: bytes.baseAddress!, starts: starts.baseAddress!,
                  ends: ends.baseAddress!, count: count, number: number, raw: raw))
            }
          }
        }
        return true
      }
      if atEnd { return false }
      try refill()
    }
  }

  /// Rewrites the escaped fields of the record just scanned in place (`""` becomes `"`) and
  /// checks that every field is UTF-8 (all-ASCII records, the common case, at once).
  private mutating func unquote() throws {
    let first = starts[0]
    let last = ends[ends.count - 1]
    try buffer.withUnsafeMutableBufferPointer { bytes in
      for index in escaped.indices where escaped[index] {
        var read = starts[index]
        var write = read
        while read < ends[index] {
          bytes[write] = bytes[read]
          read += bytes[read] == UInt8(ascii: "\"") ? 2 : 1
          write += 1
        }
        ends[index] = write
      }
      var combined: UInt8 = 0
      for i in first..<last { combined |= bytes[i] }
      guard combined >= 0x80 else { return }
      for index in starts.indices {
        let field = UnsafeBufferPointer(rebasing: bytes[starts[index]..<ends[index]])
        if field.contains(where: { $0 >= 0x80 }), String(validating: field, as: UTF8.self) == nil {
          throw CSVSyntaxError(record: record, problem: .invalidUTF8(field: index + 1))
        }
      }
    }
  }

  /// The index of the first comma, LF or CR at or after `start`, looking at eight bytes at a
  /// time; or, near the end of `bytes`, an index from which a byte-by-byte search finds it.
  static func delimiter(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    /// The high bit of each zero byte of `word` is set, and none below the first zero byte.
    func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
    guard let base = bytes.baseAddress else { return start }
    var i = start
    while i + 8 <= bytes.count {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      let found =
        zeros(word ^ (ones &* UInt64(UInt8(ascii: ",")))) | zeros(word ^ (ones &* 10))
        | zeros(word ^ (ones &* 13))
      if found != 0 { return i + found.trailingZeroBitCount / 8 }
      i += 8
    }
    return i
  }

  /// Throws when the field `field` (the `number`th of record `record`, begun at `start`) or the
  /// record up to the field's end passes its limit; the field may still be unfinished.
  private static func checkLength(field: Range<Int>, number: Int, record start: Int, of record: Int)
    throws(CSVSyntaxError)
  {
    if field.count > maxFieldBytes {
      throw CSVSyntaxError(record: record, problem: .fieldTooLong(field: number))
    }
    if field.upperBound - start > maxRecordBytes {
      throw CSVSyntaxError(record: record, problem: .recordTooLong)
    }
  }

  private mutating func refill() throws {
    if position > 0 {
      buffer.removeSubrange(0..<position)
      position = 0
    }
    let more = try read(CSVReader.chunk)
    if more.isEmpty { atEnd = true } else { buffer.append(contentsOf: more) }
  }

  /// Finds the fields of the record at `position`; returns the index just past it, or nil when
  /// the buffer ends before the record does (and more input may follow).
  private mutating func scanRecord() throws -> Int? {
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    escaped.removeAll(keepingCapacity: true)
    let count = buffer.count
    if position >= count { return nil }
    return try buffer.withUnsafeBufferPointer { bytes -> Int? in
      var i = position
      while true {
        if i < count, bytes[i] == UInt8(ascii: "\"") {
          var j = i + 1
          var hasEscape = false
          while true {
            guard j < count else {
              // The length first, so that a long unclosed field gets the same error however
              // the input was cut into chunks.
              try Self.checkLength(
                field: i + 1..<j, number: starts.count + 1, record: position, of: record + 1)
              if atEnd { throw CSVSyntaxError(record: record + 1, problem: .unclosedQuote) }
              return nil
            }
            if bytes[j] == UInt8(ascii: "\"") {
              if j + 1 < count, bytes[j + 1] == UInt8(ascii: "\"") {
                hasEscape = true
                j += 2
                continue
              }
              if j + 1 >= count, !atEnd { return nil }
              break
            }
            j += 1
          }
          starts.append(i + 1)
          ends.append(j)
          escaped.append(hasEscape)
          try Self.checkLength(
            field: i + 1..<j, number: starts.count, record: position, of: record + 1)
          i = j + 1
          guard i >= count || bytes[i] == UInt8(ascii: ",") || bytes[i] == 10 || bytes[i] == 13
          else {
            throw CSVSyntaxError(record: record + 1, problem: .textAfterQuote(field: starts.count))
          }
        } else {
          var j = CSVReader.delimiter(in: bytes, from: i)
          while j < count, bytes[j] != UInt8(ascii: ","), bytes[j] != 10, bytes[j] != 13 {
            j += 1
          }
          starts.append(i)
          ends.append(j)
          escaped.append(false)
          try Self.checkLength(
            field: i..<j, number: starts.count, record: position, of: record + 1)
          i = j
        }
        if i >= count {
          return atEnd ? count : nil
        }
        switch bytes[i] {
        case UInt8(ascii: ","):
          i += 1
        case 13:
          if i + 1 >= count { return atEnd ? count : nil }
          return bytes[i + 1] == 10 ? i + 2 : i + 1
        default:
          return i + 1
        }
      }
    }
  }
}

/// A CSV input that breaks RFC 4180.
public struct CSVSyntaxError: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Problem: Hashable, Sendable {
    /// A quoted field runs to the end of the input.
    case unclosedQuote
    /// A closing quote is followed by something other than a comma or a line end.
    case textAfterQuote(field: Int)
    /// A field's bytes are not UTF-8.
    case invalidUTF8(field: Int)
    /// A field holds more than `CSVReader.maxFieldBytes`.
    case fieldTooLong(field: Int)
    /// A record holds more than `CSVReader.maxRecordBytes`.
    case recordTooLong
  }

  /// The record it occurs in (the header is record 1).
  public var record: Int
  /// What is wrong.
  public var problem: Problem

  /// One sentence for a `FILE:ROW:` message.
  public var message: String {
    switch problem {
    case .unclosedQuote:
      "a quoted field is not closed before the end of the file; close it with a double quote"
    case .textAfterQuote(let field):
      "field \(field) has text after its closing quote; a quote inside a quoted field is written twice (\"\")"
    case .invalidUTF8(let field):
      "field \(field) is not valid UTF-8; save the file as UTF-8"
    case .fieldTooLong(let field):
      "field \(field) is longer than \(InputFile.bytes(CSVReader.maxFieldBytes)), the most a field may hold; check for a quote that is not closed"
    case .recordTooLong:
      "the row is longer than \(InputFile.bytes(CSVReader.maxRecordBytes)), the most a row may hold; check that the file is CSV"
    }
  }
}
