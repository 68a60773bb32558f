/// The outcome of `Ledger.verify()`.
public struct VerifyReport: Hashable, Sendable {
  /// Whether every check passed.
  public var isOK: Bool { problem == nil }
  /// The number of entries checked.
  public var count: Int
  /// The last entry's hash (nil for an empty ledger, or when the check stopped early).
  public var headHash: String?
  /// The first entry found bad, when the problem belongs to one entry.
  public var firstBadSeq: Int64?
  /// What is wrong, in one sentence (nil when all is well).
  public var problem: String?
  /// For a journal: how many of the ledger's entries it still lacks (the next command appends
  /// them).
  public var behind = 0

  /// Creates a report.
  public init(
    count: Int, headHash: String?, firstBadSeq: Int64? = nil, problem: String? = nil,
    behind: Int = 0
  ) {
    self.behind = behind
    self.count = count
    self.headHash = headHash
    self.firstBadSeq = firstBadSeq
    self.problem = problem
  }

  /// One line for the terminal: `ok N entries, head HASH` or `entry SEQ: PROBLEM`.
  public var summary: String {
    if let problem {
      return firstBadSeq.map { "entry \($0): \(problem)" } ?? problem
    }
    let lag =
      behind == 0
      ? ""
      : "; \(behind) of the ledger's entries not yet appended (the next command appends them)"
    return "ok \(count) entries, head \(headHash ?? CanonicalEntry.genesisHash)\(lag)"
  }
}
