/// Edit distance between strings, used to suggest the closest known name for a typo.
public enum EditDistance {
  /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
  /// two neighbouring characters each cost 1 (so `qoute` is 1 away from `quote`).
  public static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
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
    let key = word.lowercased()
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let d = distance(key, candidate.lowercased())
      let limit = min(3, max(1, max(key.count, candidate.count) / 3))
      guard d <= limit else { continue }
      if best == nil || d < best!.distance { best = (candidate, d) }
    }
    return best?.candidate
  }
}
