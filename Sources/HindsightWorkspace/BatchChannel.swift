import Foundation
import HindsightCore

/// A bounded queue of import batches from the reading thread to the inserting one.
final class BatchChannel: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [ImportBatch] = []
  private var closed = false
  private var cancelled = false
  private let capacity: Int

  /// Creates a channel that holds at most `capacity` batches.
  init(capacity: Int) {
    self.capacity = capacity
  }

  /// Waits for room and adds `batch`; returns false (dropping it) once the inserting side has
  /// cancelled.
  func push(_ batch: ImportBatch) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while queue.count >= capacity, !cancelled { condition.wait() }
    guard !cancelled else { return false }
    queue.append(batch)
    condition.broadcast()
    return true
  }

  /// Waits for the next batch; nil once the channel is closed and empty, or cancelled.
  func pop() -> ImportBatch? {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty, !closed, !cancelled { condition.wait() }
    guard !cancelled, !queue.isEmpty else { return nil }
    let batch = queue.removeFirst()
    condition.broadcast()
    return batch
  }

  /// No more batches will come.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The inserting side stops: pending and later batches are dropped.
  func cancel() {
    condition.lock()
    cancelled = true
    queue.removeAll()
    condition.broadcast()
    condition.unlock()
  }
}
