import Foundation

/// A bounded queue of batches from one thread to another, in order: an import's batches of
/// rows from the reading thread to the inserting one, a listing's resolutions from the reading
/// thread to the writing one.
public final class BatchChannel<Batch: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [Batch] = []
  private var closed = false
  private var cancelled = false
  private let capacity: Int

  /// Creates a channel that holds at most `capacity` batches.
  public init(capacity: Int) {
    self.capacity = capacity
  }

  /// Waits for room and adds `batch`; returns false (dropping it) once the receiving side has
  /// cancelled.
  public func push(_ batch: Batch) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while queue.count >= capacity, !cancelled { condition.wait() }
    guard !cancelled else { return false }
    queue.append(batch)
    condition.broadcast()
    return true
  }

  /// Waits for the next batch; nil once the channel is closed and empty, or cancelled.
  public func pop() -> Batch? {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty, !closed, !cancelled { condition.wait() }
    guard !cancelled, !queue.isEmpty else { return nil }
    let batch = queue.removeFirst()
    condition.broadcast()
    return batch
  }

  /// No more batches will come.
  public func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The receiving side stops: pending and later batches are dropped.
  public func cancel() {
    condition.lock()
    cancelled = true
    queue.removeAll()
    condition.broadcast()
    condition.unlock()
  }
}
