/// Edit distance between strings, used to suggest the closest known name for a typo.
public enum EditDistance {
  /// Names longer than this (in characters) are never suggested nor given suggestions: an id
  /// that long is no typo of a short one, and the distance costs the product of the lengths.
  public static let longestName = 100

  /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
  /// two neighbouring characters each cost 1 (so `qoute` is 1 away from `quote`).
  public static func distance(_ lhs: String, _ rhs: String) -> Int {
    distance(Array(lhs), Array(rhs))
  }

  /// The distance between two character arrays (see `distance(_:_:)`).
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, table[i - 2][j - 2] + 1)
        }
        table[i][j] = best
      }
    }
    return table[a.count][b.count]
  }

  /// The candidate closest to `word`, if it is near enough to be a plausible typo: at most a
  /// third of the longer string's length away, and never more than 3 (ties: the earlier candidate).
  public static func closest(to word: String, in candidates: [String]) -> String? {
    var budget = Int.max
    return NameIndex(candidates).closest(to: word, budget: &budget)
  }
}

/// Known names prepared once (folded to lowercase) for many `closest(to:budget:)` look-ups, as
/// a catalog makes one for every unknown speaker or source it names.
public struct NameIndex: Sendable {
  /// The names, in the order given.
  public let names: [String]
  private let folded: [[Character]]

  /// Prepares `names`.
  public init(_ names: [String]) {
    self.names = names
    folded = names.map { $0.count > EditDistance.longestName ? [] : Array($0.lowercased()) }
  }

  /// The name closest to `word` (as `EditDistance.closest(to:in:)`), or nil when none is near.
  ///
  /// Each comparison is charged to `budget` (1, plus the product of the two lengths when the
  /// distance is computed); once it is spent, no name is suggested any more, so that a file
  /// with many thousands of unknown names against many thousands of known ones stays linear.
  public func closest(to word: String, budget: inout Int) -> String? {
    guard budget > 0, word.count <= EditDistance.longestName else { return nil }
    let key = Array(word.lowercased())
    var best: (index: Int, distance: Int)?
    for (index, candidate) in folded.enumerated() where !candidate.isEmpty {
      let limit = min(3, max(1, max(key.count, candidate.count) / 3))
      budget -= 1
      guard abs(key.count - candidate.count) <= limit else { continue }
      budget -= key.count * candidate.count
      guard budget > 0 else { return nil }
      let d = EditDistance.distance(key, candidate)
      guard d <= limit else { continue }
      if best == nil || d < best!.distance { best = (index, d) }
    }
    return best.map { names[$0.index] }
  }
}
