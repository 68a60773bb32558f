import Foundation

/// A bounded queue of batches from one thread to another, in order: an import's batches of
/// rows from the reading thread to the inserting one, a stream's forecasts at past cuts from
/// the reading thread to the one that scores or writes them (`pipeline`).
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

  /// Runs `produce` on a thread of its own while this one hands every batch it pushes to
  /// `consume`, in order, and returns once both have finished. At most `capacity` batches wait
  /// between them. Once `consume` throws, the batches still to come are dropped and `push`
  /// throws `CancellationError`, so that `produce` stops; the error `consume` threw is then
  /// thrown, else the one `produce` threw.
  public static func pipeline(
    capacity: Int, produce: @escaping @Sendable (_ push: (Batch) throws -> Void) throws -> Void,
    consume: (Batch) throws -> Void
  ) throws {
    let channel = BatchChannel(capacity: capacity)
    let produced = Failure()
    let finished = DispatchSemaphore(value: 0)
    Thread {
      do {
        try produce { batch in
          guard channel.push(batch) else { throw CancellationError() }
        }
      } catch is CancellationError {
      } catch {
        produced.error = error
      }
      channel.close()
      finished.signal()
    }.start()
    var failure: (any Error)?
    while let batch = channel.pop() {
      do {
        try consume(batch)
      } catch {
        failure = error
        channel.cancel()
      }
    }
    finished.wait()
    if let error = failure ?? produced.error { throw error }
  }

  /// `pipeline` one element at a time: `produce` yields elements on a thread of its own, they
  /// are handed over in batches of `size` (two in flight), and `consume` is called with each,
  /// in order, on this one.
  public static func stream<Element: Sendable>(
    batchesOf size: Int,
    produce: @escaping @Sendable (_ yield: (Element) throws -> Void) throws -> Void,
    consume: (Element) throws -> Void
  ) throws where Batch == [Element] {
    try pipeline(
      capacity: 2,
      produce: { push in
        var batch: [Element] = []
        batch.reserveCapacity(size)
        try produce { element in
          batch.append(element)
          guard batch.count == size else { return }
          try push(batch)
          batch.removeAll(keepingCapacity: true)
        }
        if !batch.isEmpty { try push(batch) }
      },
      consume: { batch in
        for element in batch { try consume(element) }
      })
  }

  /// What stopped the producing thread, set before it signals that it has finished.
  private final class Failure: @unchecked Sendable {
    var error: (any Error)?
  }
}
