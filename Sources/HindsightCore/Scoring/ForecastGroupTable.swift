/// One line's scored forecasts tallied by key (p, p_low, p_high) at each of several cuts, in
/// ascending key order, held in one array of words: a row is the key's three values (an absent
/// end as a bit pattern no probability has), the key's number (its place in the order keys
/// were first added, which later keys do not change), and then, for each cut, the counts of
/// forecasts that resolved false and true, as two 32-bit lanes of one word (a line counts fewer
/// than 2³¹ forecasts of one key). Rows are found by binary search; one array a line, rather
/// than a group object a key, keeps a line's tallies in few cache lines (docs/performance.md).
struct ForecastGroupTable: Sendable {
  /// The cuts a row counts.
  let cuts: Int
  private var words: [UInt64] = []

  /// The bit pattern of an absent interval end: a NaN, never a probability.
  private static let absent = UInt64.max

  init(cuts: Int) { self.cuts = cuts }

  private var width: Int { 4 + cuts }

  /// The counts of a word: resolved false in the low lane, true in the high one.
  private static func lanes(_ word: UInt64) -> (falses: Int32, trues: Int32) {
    (Int32(truncatingIfNeeded: word), Int32(truncatingIfNeeded: word >> 32))
  }

  private static func word(_ lanes: (falses: Int32, trues: Int32)) -> UInt64 {
    UInt64(UInt32(bitPattern: lanes.falses)) | UInt64(UInt32(bitPattern: lanes.trues)) << 32
  }

  /// How many distinct keys it holds.
  var count: Int { words.count / width }

  /// The key of the row at `row` (ascending: `rowsByNumber`).
  func key(at row: Int) -> ForecastGroup.Key {
    let base = row * width
    func end(_ word: UInt64) -> Double? { word == Self.absent ? nil : Double(bitPattern: word) }
    return ForecastGroup.Key(
      p: Double(bitPattern: words[base]), pLow: end(words[base + 1]), pHigh: end(words[base + 2]))
  }

  /// The row of each key number (`add`'s result), in ascending key order: `rows[number]`.
  func rowsByNumber() -> [Int] {
    var rows = [Int](repeating: 0, count: count)
    for row in 0..<count { rows[Int(words[row * width + 3])] = row }
    return rows
  }

  /// Counts a forecast of `key` with its outcome at `cut`, `times` times (−1 takes one back);
  /// returns the key's number.
  @discardableResult
  mutating func add(_ key: ForecastGroup.Key, outcome: Bool, cut: Int, times: Int) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      // Most rows differ in p alone: the whole key is read only when p ties.
      let p = Double(bitPattern: words[middle * width])
      if p < key.p || (p == key.p && self.key(at: middle) < key) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    if low == count || self.key(at: low) != key {
      let base = low * width
      let number = UInt64(count)
      words.insert(contentsOf: repeatElement(0, count: width), at: base)
      words[base] = key.p.bitPattern
      words[base + 1] = key.pLow?.bitPattern ?? Self.absent
      words[base + 2] = key.pHigh?.bitPattern ?? Self.absent
      words[base + 3] = number
    }
    let place = low * width + 4 + cut
    var counts = Self.lanes(words[place])
    if outcome { counts.trues += Int32(times) } else { counts.falses += Int32(times) }
    words[place] = Self.word(counts)
    return Int(words[low * width + 3])
  }

  /// Turns counts held as changes from the cut before into what each cut holds.
  mutating func total() {
    for row in 0..<count {
      for place in stride(from: row * width + 5, to: (row + 1) * width, by: 1) {
        let (counts, before) = (Self.lanes(words[place]), Self.lanes(words[place - 1]))
        words[place] = Self.word((counts.falses + before.falses, counts.trues + before.trues))
      }
    }
  }

  /// The groups at `cut` (after `total()`), ascending, without empty ones.
  func groups(at cut: Int) -> [ForecastGroup] {
    (0..<count).compactMap { row in
      let counts = Self.lanes(words[row * width + 4 + cut])
      let (falses, trues) = (Int(counts.falses), Int(counts.trues))
      guard falses + trues > 0 else { return nil }
      return ForecastGroup(key: key(at: row), falses: falses, trues: trues)
    }
  }
}
