import Testing

@testable import HindsightCore

/// The CSV reader's limits (docs/import.md, "Limits"): a field of 64 KiB, a record of 1 MiB,
/// refused as soon as they are passed, so that input without line ends is neither buffered
/// whole nor scanned again at every chunk.
@Suite struct CSVLimitTests {
  /// Reads every record of `bytes` in chunks of `chunk` bytes; counts the bytes handed out.
  final class Source {
    let bytes: [UInt8]
    let chunk: Int
    var offset = 0
    init(_ bytes: [UInt8], chunk: Int = 1 << 20) {
      self.bytes = bytes
      self.chunk = chunk
    }
    func read(_ wanted: Int) -> [UInt8] {
      let end = min(bytes.count, offset + min(wanted, chunk))
      defer { offset = end }
      return Array(bytes[offset..<end])
    }
  }

  static func records(_ source: Source) throws -> [[String]] {
    var reader = CSVReader { source.read($0) }
    var result: [[String]] = []
    var fields: [String] = []
    while try reader.next(into: &fields) { result.append(fields) }
    return result
  }

  @Test func aFieldOf64KiBIsRead() throws {
    let field = String(repeating: "x", count: 65_536)
    let text = "a,b\n1,\(field)\n2,\"\(field)\"\n"
    for chunk in [1000, 1 << 20] {
      #expect(
        try Self.records(Source(Array(text.utf8), chunk: chunk))
          == [["a", "b"], ["1", field], ["2", field]])
    }
  }

  @Test func aLongerFieldIsRefusedWithItsRecordAndNumber() {
    let field = String(repeating: "x", count: 65_537)
    for text in ["a,b\n1,\(field)\n", "a,b\n1,\"\(field)\"\n"] {
      #expect(throws: CSVSyntaxError(record: 2, problem: .fieldTooLong(field: 2))) {
        try Self.records(Source(Array(text.utf8), chunk: 4096))
      }
    }
  }

  @Test func aRecordOfMoreThan1MiBIsRefused() {
    // 20 fields of 60,000 bytes: each is allowed, the record (1,200,019 bytes) is not.
    let field = String(repeating: "y", count: 60_000)
    let text = Array(repeating: field, count: 20).joined(separator: ",") + "\n"
    #expect(throws: CSVSyntaxError(record: 1, problem: .recordTooLong)) {
      try Self.records(Source(Array(text.utf8)))
    }
  }

  /// Without the limit an unclosed quote is buffered to the end of the input, and the whole
  /// buffer is scanned again after every chunk: quadratic in the file's size.
  @Test func anUnclosedQuoteStopsTheReadingWithinTwoChunks() {
    let bytes =
      Array("a,b\n1,\"never closed".utf8) + Array(repeating: UInt8(ascii: "z"), count: 8 << 20)
    let source = Source(bytes)
    #expect(throws: CSVSyntaxError(record: 2, problem: .fieldTooLong(field: 2))) {
      try Self.records(source)
    }
    #expect(source.offset <= 2 << 20)
  }

  /// An input that never ends (as `/dev/zero` would be, were it not refused by name) and has
  /// no line end stops at the first field.
  @Test func endlessInputWithoutLineEndsStops() {
    var handedOut = 0
    var reader = CSVReader { count in
      handedOut += count
      // Gives up after 64 MiB, so that a reader without limits fails instead of hanging.
      return handedOut > 64 << 20 ? [] : [UInt8](repeating: 0, count: count)
    }
    var fields: [String] = []
    #expect(throws: CSVSyntaxError(record: 1, problem: .fieldTooLong(field: 1))) {
      _ = try reader.next(into: &fields)
    }
    #expect(handedOut <= 2 << 20)
  }

  @Test func messagesNameTheLimit() {
    #expect(
      CSVSyntaxError(record: 2, problem: .fieldTooLong(field: 3)).message
        == "field 3 is longer than 65,536 bytes (64 KiB), the most a field may hold; check for a quote that is not closed"
    )
    #expect(
      CSVSyntaxError(record: 2, problem: .recordTooLong).message
        == "the row is longer than 1,048,576 bytes (1 MiB), the most a row may hold; check that the file is CSV"
    )
  }
}
