import HindsightStore

/// `verify --head HASH`: where a published head hash stands in the chain.
enum HeadCheck {
  /// A report that fails when the hash is not in the chain.
  static func report(hash: String, seq: Int64?, count: Int) -> VerifyReport {
    VerifyReport(
      count: count, headHash: hash,
      problem: seq == nil ? line(hash, seq, count) : nil)
  }

  /// One sentence: the head, an ancestor (and how many entries came after), or not found.
  static func line(_ hash: String, _ seq: Int64?, _ count: Int) -> String {
    guard let seq else {
      return
        "head \(hash) is not in this chain of \(count) entries: the ledger was rewritten, or the hash comes from another ledger."
    }
    if seq == Int64(count) { return "head \(hash) is the head: entry \(seq) of \(count)." }
    let later = Int64(count) - seq
    return
      "head \(hash) is entry \(seq) of \(count), an ancestor of the head: \(later) entr\(later == 1 ? "y was" : "ies were") recorded after it."
  }
}
