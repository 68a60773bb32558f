import Testing

@testable import HindsightCore

/// The byte-keyed table of an import: every key found again with its number and payload, after
/// the table has grown many times; absent keys (same length, same prefix) are not found.
@Suite struct ByteTableTests {
  private func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    var text = text
    return text.withUTF8(body)
  }

  @Test func findsEveryKeyWithItsPayload() {
    var table = ByteTable()
    let keys = (0..<5_000).map { "q\($0)" } + [""]
    for (number, key) in keys.enumerated() {
      let entry = withBytes(key) { bytes in
        withBytes("title of \(key)") { table.insert(bytes, payload: bytes, $0) }
      }
      #expect(entry.number == number)
    }
    #expect(table.count == keys.count)
    for (number, key) in keys.enumerated() {
      let entry = withBytes(key) { table.find($0) }
      #expect(entry?.number == number)
      if let entry {
        #expect(
          table.withPayload(entry) { String(decoding: $0, as: UTF8.self) }
            == "\(key)title of \(key)")
      }
    }
    for absent in ["q5000", "q-1", "Q1", "q01", "q1 "] {
      #expect(withBytes(absent) { table.find($0) } == nil)
    }
  }

  @Test func emptyTableFindsNothing() {
    #expect(withBytes("x") { ByteTable().find($0) } == nil)
  }
}
