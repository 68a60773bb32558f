import Foundation

/// A hash table keyed by byte strings that looks keys up without allocating. Each entry (its
/// key and a payload of bytes given when it is inserted) is copied once into one growing
/// array, so that a look-up touches two places in memory: its slot, then its entry. Entries
/// are numbered in insertion order from 0 and are never removed.
///
/// An import looks up each row's speaker and question ids in such tables, straight from the
/// bytes of the record it read, and keeps each one's first name, title and tags as the payload.
struct ByteTable: Sendable {
  /// One entry: its number, and where its payload is.
  struct Entry: Sendable {
    /// The entry's number, from 0 in insertion order.
    var number: Int
    fileprivate var payload: Range<Int>
  }

  /// Entries, one after another: key count, payload count and number (4 bytes each), the key,
  /// the payload.
  private var arena: [UInt8] = []
  /// Open addressing with linear probing; each slot holds the key's hash in its high 32 bits
  /// and the entry's offset in `arena` + 1 in its low 32 bits (0: empty), so most mismatches
  /// are found without reading the entry.
  private var slots = [UInt64](repeating: 0, count: 16)
  /// How many entries.
  private(set) var count = 0

  private static let header = 12

  /// The entry of `key`, if it is in the table.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Entry? {
    count == 0 ? nil : find(key, hash: ByteTable.hash(key))
  }

  /// The entry of `key`, whose `ByteTable.hash` the caller computed once for several tables.
  func find(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> Entry? {
    if count == 0 { return nil }
    let tag = UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000
    let mask = slots.count - 1
    var slot = hash & mask
    return slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        while true {
          let value = slots[slot]
          if value == 0 { return nil }
          if value & 0xFFFF_FFFF_0000_0000 == tag {
            let offset = Int(value & 0xFFFF_FFFF) - 1
            let keyCount = ByteTable.word(arena, offset)
            if keyCount == key.count,
              ByteTable.equal(arena.baseAddress! + offset + ByteTable.header, key)
            {
              let start = offset + ByteTable.header + keyCount
              return Entry(
                number: ByteTable.word(arena, offset + 8),
                payload: start..<start + ByteTable.word(arena, offset + 4))
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// Adds `key`, which must not be in the table yet, with the payload made of `parts`; returns
  /// its entry.
  @discardableResult
  mutating func insert(
    _ key: UnsafeBufferPointer<UInt8>, payload parts: UnsafeBufferPointer<UInt8>...
  )
    -> Entry
  {
    insert(key, hash: ByteTable.hash(key), payload: parts)
  }

  /// `insert(_:payload:)` with the key's `ByteTable.hash` already computed.
  @discardableResult
  mutating func insert(
    _ key: UnsafeBufferPointer<UInt8>, hash: Int, payload parts: [UnsafeBufferPointer<UInt8>]
  ) -> Entry {
    if (count + 1) * 2 > slots.count { grow() }
    let offset = arena.count
    let payloadCount = parts.reduce(0) { $0 + $1.count }
    for word in [key.count, payloadCount, count] {
      withUnsafeBytes(of: UInt32(word)) { arena.append(contentsOf: $0) }
    }
    arena.append(contentsOf: key)
    for part in parts { arena.append(contentsOf: part) }
    place(offset, hash: hash)
    count += 1
    return Entry(number: count - 1, payload: arena.count - payloadCount..<arena.count)
  }

  /// Calls `body` with the payload of `entry`.
  func withPayload<Result>(_ entry: Entry, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[entry.payload])) }
  }

  /// Calls `body` with every key and its payload, in the order they were inserted.
  func forEachEntry(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Void)
    rethrows
  {
    try arena.withUnsafeBufferPointer { bytes in
      var offset = 0
      while offset < bytes.count {
        let keyCount = ByteTable.word(bytes, offset)
        let payloadCount = ByteTable.word(bytes, offset + 4)
        let key = bytes.baseAddress! + offset + ByteTable.header
        try body(
          UnsafeBufferPointer(start: key, count: keyCount),
          UnsafeBufferPointer(start: key + keyCount, count: payloadCount))
        offset += ByteTable.header + keyCount + payloadCount
      }
    }
  }

  private mutating func place(_ offset: Int, hash: Int) {
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000 | UInt64(offset + 1)
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let arena = self.arena
    arena.withUnsafeBufferPointer { bytes in
      var offset = 0
      while offset < bytes.count {
        let keyCount = ByteTable.word(bytes, offset)
        let key = UnsafeBufferPointer(
          start: bytes.baseAddress! + offset + ByteTable.header, count: keyCount)
        place(offset, hash: ByteTable.hash(key))
        offset += ByteTable.header + keyCount + ByteTable.word(bytes, offset + 4)
      }
    }
  }

  private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
    Int(UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt32.self))
  }

  /// The hash every table of this process gives `key` (Swift's seeded `Hasher`).
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(key))
    return hasher.finalize()
  }

  /// Whether the `key.count` bytes at `stored` are `key`.
  static func equal(_ stored: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    key.isEmpty || memcmp(stored, key.baseAddress!, key.count) == 0
  }
}
