/// Finds the known name nearest to a misspelt one, for "did you mean …?" hints.
public enum ClosestMatch {
  /// The candidate with the smallest edit distance to `name` (ties: the earliest candidate),
  /// or nil when there are no candidates or the best is further than half of `name`'s length
  /// (at least 3 edits are always allowed).
  public static func closest(to name: String, in candidates: [String]) -> String? {
    let limit = max(3, name.count / 2)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(name, candidate)
      if distance <= limit, best == nil || distance < best!.distance {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The Levenshtein distance between two strings, counted in characters.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
