import Foundation

/// The bootstrap's draws (`Scoring.bootstrapIndices`) for each count of errors up to
/// `largestKept`, drawn the first time a count is met and kept for the process: a scorecard of
/// ten thousand speakers at seven year ends computes tens of thousands of intervals, each of
/// fewer than `Scoring.normalApproximationMinimum` errors, and drawing afresh was most of
/// their cost. Safe to use from several threads (a lock around the look-up).
final class BootstrapDraws: @unchecked Sendable {
  /// The largest count kept: every count the bootstrap is used for (one byte an index).
  static let largestKept = Scoring.normalApproximationMinimum - 1

  /// The draws of every process.
  static let shared = BootstrapDraws()

  private let lock = NSLock()
  private var kept = [[UInt8]?](repeating: nil, count: largestKept + 1)

  /// The draws for `count` errors, 1 ≤ `count` ≤ `largestKept`.
  func indices(_ count: Int) -> [UInt8] {
    precondition((1...Self.largestKept).contains(count) && Self.largestKept < 256)
    lock.lock()
    defer { lock.unlock() }
    if let indices = kept[count] { return indices }
    let indices = Scoring.bootstrapIndices(count, as: UInt8.self)
    kept[count] = indices
    return indices
  }
}
