/// The payload a validator keeps for the first row of a question (its title and tags) or a
/// speaker (its name): the record number and the first text's length (4 bytes each), the first
/// text, the second.
struct FirstRow {
  var record: Int

  /// No second text.
  static var none: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

  init(payload: UnsafeBufferPointer<UInt8>) {
    record = Int(UnsafeRawPointer(payload.baseAddress!).loadUnaligned(as: UInt32.self))
  }

  /// Calls `body` with the header of a payload.
  static func withHeader<Result>(
    record: Int, first: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    withUnsafeBytes(of: (UInt32(record), UInt32(first.count))) {
      body($0.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Whether a payload holds these two texts.
  static func matches(
    _ payload: UnsafeBufferPointer<UInt8>, _ first: UnsafeBufferPointer<UInt8>,
    _ second: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let base = payload.baseAddress!
    guard payload.count == 8 + first.count + second.count,
      Int(UnsafeRawPointer(base + 4).loadUnaligned(as: UInt32.self)) == first.count
    else { return false }
    return ByteTable.equal(base + 8, first) && ByteTable.equal(base + 8 + first.count, second)
  }
}
