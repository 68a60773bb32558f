import PropertyBased
import Testing

@testable import HindsightCore

/// Every message of the flat CSV row parser, and a good row (FICTIONAL data).
@Suite struct FlatRowParserTests {
  static let good = [
    "ada", "Ada Example", "q1", "Demo event", "ada-q1", "It happens", "2024-01-02", "0.7",
    "2024-01-02", "2024-12-31", "true", "2024-06-30", "demo;fictional",
  ]

  private func message(_ changes: [Int: String]) -> String? {
    var fields = FlatRowParserTests.good
    for (index, value) in changes { fields[index] = value }
    if case .failure(let problem) = FlatRowParser.parse(fields) { return problem.message }
    return nil
  }

  @Test func parsesAGoodRow() throws {
    let row = try FlatRowParser.parse(FlatRowParserTests.good).get()
    #expect(
      row
        == FlatRow(
          speaker: "ada", speakerName: "Ada Example", question: "q1", questionTitle: "Demo event",
          forecast: "ada-q1", claim: "It happens", saidOn: Day("2024-01-02")!, p: 0.7,
          windowFrom: Day("2024-01-02"), windowTo: Day("2024-12-31"), outcome: .true,
          resolvedOn: Day("2024-06-30"), tags: ["demo", "fictional"]))
    var line: [UInt8] = []
    FlatCSV.appendLine(row, to: &line)
    #expect(
      String(decoding: line, as: UTF8.self) == FlatRowParserTests.good.joined(separator: ",") + "\n"
    )
  }

  @Test func everyMessage() {
    #expect(
      FlatRowParser.parse(["a"]).failureMessage
        == "expected 13 fields (speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags), found 1"
    )
    #expect(message([0: ""]) == "speaker is empty; every row needs one")
    #expect(
      message([4: "ada q1"])
        == "forecast 'ada q1' contains a space or control character; ids are slugs, e.g. ada-2025")
    #expect(
      message([2: String(repeating: "x", count: 201)])
        == "question '\(String(repeating: "x", count: 40))…' is longer than 200 bytes")
    #expect(message([3: ""]) == "question_title is empty; every row needs one")
    #expect(
      message([6: "2024-02-30"])
        == "said_on '2024-02-30' is not a date; write YYYY-MM-DD, e.g. 2025-12-31")
    #expect(
      message([7: "70%"]) == "p '70%' is not a probability; write a number from 0 to 1, e.g. 0.7")
    #expect(
      message([7: "1.5"]) == "p '1.5' is not a probability; write a number from 0 to 1, e.g. 0.7")
    #expect(
      message([9: ""]) == "window_from is given but the other end is empty; give both or neither")
    #expect(message([8: "2025-01-01"]) == "window_from 2025-01-01 is after window_to 2024-12-31")
    #expect(message([10: "yes"]) == "outcome 'yes' is not true, false, annulled or empty")
    #expect(message([11: ""]) == "outcome true needs a resolved_on date")
    #expect(
      message([10: ""])
        == "resolved_on 2024-06-30 is given but outcome is empty; give both or neither")
    #expect(
      message([11: "30/06/2024"])
        == "resolved_on '30/06/2024' is not a date; write YYYY-MM-DD, e.g. 2025-12-31")
  }

  @Test func canonicalTextQuotesAndNormalises() throws {
    var fields = FlatRowParserTests.good
    fields[5] = "Say \"yes\", twice"
    fields[7] = "0.70"
    fields[8] = ""
    fields[9] = ""
    fields[10] = ""
    fields[11] = ""
    fields[12] = ""
    var line: [UInt8] = []
    FlatCSV.appendLine(try FlatRowParser.parse(fields).get(), to: &line)
    #expect(
      String(decoding: line, as: UTF8.self)
        == "ada,Ada Example,q1,Demo event,ada-q1,\"Say \"\"yes\"\", twice\",2024-01-02,0.7,,,,,\n")
    #expect(FlatCSV.number(1) == "1")
    // Empty tags are dropped, as the split tags are: the stored and hashed text is `a;b`.
    fields[12] = ";a;;b;"
    let row = try FlatRowParser.parse(fields).get()
    #expect(row.tags == ["a", "b"])
    #expect(row.text(.tags) == "a;b")
    #expect(FlatCSV.number(0.00001) == "1e-05")
  }
}

/// The allocation-free readers of the flat CSV's numbers and dates agree with the general ones.
@Suite struct FlatCSVNumberTests {
  static let decimal = zip(
    Gen.int(in: 0...15), Gen.int(in: 0...4), Gen.int(in: 0...999_999_999_999_999)
  )
  .map { digits, zeros, value -> String in
    let text = String(String(value).prefix(digits))
    return digits == 0
      ? ["0", "1", "0.", "1.0", "00"][zeros] : "0." + String(repeating: "0", count: zeros) + text
  }

  @Test func probabilityMatchesDoubleAndTheCanonicalText() async {
    await propertyCheck(input: Self.decimal) { text in
      var bytes = Array(text.utf8)
      let fast = bytes.withUnsafeMutableBufferPointer {
        FlatCSV.probability(UnsafeBufferPointer($0))
      }
      guard let fast else { return }
      #expect(fast.p == Double(text), "\(text)")
      #expect(fast.canonical == (FlatCSV.number(fast.p) == text), "\(text)")
    }
    for text in [
      "0.0001", "0.00001", "0.1000", "0.0", "0", "1", "0.999999999999999", "0.123456789012345",
    ] {
      let fast = Array(text.utf8).withUnsafeBufferPointer { FlatCSV.probability($0) }
      #expect(fast?.p == Double(text), "\(text)")
      #expect(fast?.canonical == (FlatCSV.number(Double(text)!) == text), "\(text)")
    }
  }

  @Test func dayMatchesTheCalendar() {
    for text in [
      "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-13-01", "2024-1-01",
      "2024-01-0a", "2024/01/01",
    ] {
      let parsed = Array(text.utf8).withUnsafeBufferPointer { FlatCSV.day($0) }
      #expect(parsed == Day(text), "\(text)")
    }
  }
}

/// A row read in canonical form is hashed from its own bytes; every row, canonical or not,
/// hashes to the canonical line of its strings (FICTIONAL rows).
@Suite struct FlatRowCanonicalLineTests {
  @Test func bytesOfACanonicalRowAreItsCanonicalLine() throws {
    let rows = [
      "ada,Ada,q1,Q one,f1,It happens,2024-01-02,0.7,2024-01-02,2024-12-31,true,2024-06-30,a;b",
      "ada,Ada,q1,Q one,f2,It happens,2024-01-02,0.70,,,,,a;b",
      "ada,Ada,q1,Q one,f3,It happens,2024-01-02,0.00001,,,,,;a;;b;",
      "ada,Ada,q1,\"Q, one\",f4,Say \"so\",2024-01-02,1,,,false,2024-02-02,",
      "ada,Ada,q1,Q one,f5,It happens,2024-01-02,.5,,,annulled,2024-02-02,a",
      "ada,Ada,q1,Q one,f6,It happens,2024-01-02,0,,,,,a\r",
    ]
    var reader = CSVReader(bytes: Array((rows.joined(separator: "\n") + "\n").utf8))
    var canonical: [Bool] = []
    while try reader.withNextRecord({ record in
      guard case .success(let view) = FlatRowParser.parse(record) else {
        Issue.record("row \(record.number) does not parse")
        return
      }
      var fromBytes: [UInt8] = []
      FlatCSV.appendLine(view, to: &fromBytes)
      var fromStrings: [UInt8] = []
      FlatCSV.appendLine(FlatRow(view), to: &fromStrings)
      #expect(fromBytes == fromStrings, "row \(record.number)")
      canonical.append(view.canonicalText != nil)
    }) {}
    #expect(canonical == [true, false, false, false, false, true])
  }
}

/// The ledger's joined tags split as `split(separator:)` splits them (the definition the
/// byte loop must keep): empty pieces dropped, multi-byte text kept whole.
@Test func joinedTagsSplitAsTheStandardLibrarySplitsThem() {
  for text in ["", ";", "a", "a;b", ";a;;b;", "交通;robots", "x;;", "é;ü;"] {
    let expected = text.split(separator: ";").map(String.init)
    #expect(FlatRow.tags(joined: text) == expected, "\(text)")
  }
}
