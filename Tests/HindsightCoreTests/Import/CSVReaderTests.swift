import Testing

@testable import HindsightCore

/// The RFC 4180 reader: quoting, line ends, chunk boundaries and syntax errors.
@Suite struct CSVReaderTests {
  private func records(_ text: String, chunk: Int? = nil) throws -> [[String]] {
    let bytes = Array(text.utf8)
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
    while try reader.next(into: &fields) { result.append(fields) }
    return result
  }

  @Test func readsQuotedFieldsAndLineEnds() throws {
    let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n"
    let expected = [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["", "", ""]]
    #expect(try records(text) == expected)
    // Any chunk size gives the same records (fields and quotes split across chunks).
    for chunk in 1...7 { #expect(try records(text, chunk: chunk) == expected) }
  }

  @Test func lastRecordWithoutLineEnd() throws {
    #expect(try records("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    #expect(try records("a,\"b\"") == [["a", "b"]])
  }

  @Test func syntaxErrorsNameTheRecord() {
    #expect(throws: CSVSyntaxError(record: 2, problem: .unclosedQuote)) {
      try records("a\n\"open\n")
    }
    #expect(throws: CSVSyntaxError(record: 3, problem: .textAfterQuote(field: 2))) {
      try records("a,b\n1,2\n3,\"x\"y\n")
    }
    #expect(throws: CSVSyntaxError(record: 1, problem: .invalidUTF8(field: 1))) {
      var reader = CSVReader(bytes: [0xFF, 0x0A])
      var fields: [String] = []
      _ = try reader.next(into: &fields)
    }
  }
}

/// The byte-level record: fields unquoted in place, record numbers, and the same fields as the
/// string API for any chunk size.
@Suite struct CSVRecordTests {
  @Test func recordsMatchTheStringFields() throws {
    let text = "a,b\n\"x \"\"y\"\"\",\"one,two\"\n\"\",z\r\n"
    for chunk in [1, 2, 3, 1 << 20] {
      let bytes = Array(text.utf8)
      var offset = 0
      var reader = CSVReader { _ in
        let end = min(bytes.count, offset + chunk)
        defer { offset = end }
        return Array(bytes[offset..<end])
      }
      var seen: [[String]] = []
      while try reader.withNextRecord({ record in
        #expect(record.number == seen.count + 1)
        seen.append((0..<record.count).map(record.text))
      }) {}
      #expect(seen == [["a", "b"], ["x \"y\"", "one,two"], ["", "z"]])
    }
  }
}
