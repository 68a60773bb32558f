import Dispatch
import Foundation

/// Work split in slices over every processor, for what is independent item by item: the
/// speakers' lines of a scorecard, the parts of a long JSON array.
public enum Concurrent {
  /// `body` of each of `slices` consecutive ranges that together cover `0..<count`, in order,
  /// run on every processor: as many slices as four a processor, each of at least `grain`
  /// items (one slice when there are fewer).
  public static func slices<T: Sendable>(
    of count: Int, grain: Int = 64, _ body: @Sendable (Range<Int>) -> T
  ) -> [T] {
    let slices = Swift.max(
      1, Swift.min(count / Swift.max(grain, 1), ProcessInfo.processInfo.activeProcessorCount * 4))
    var results = [T?](repeating: nil, count: slices)
    results.withUnsafeMutableBufferPointer { buffer in
      // Each slice writes only its own element.
      nonisolated(unsafe) let base = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        (base + slice).pointee = body((count * slice / slices)..<(count * (slice + 1) / slices))
      }
    }
    return results.map { $0! }
  }

  /// `transform` of each of `items`, in order, computed in slices on every processor.
  public static func map<Item: Sendable, T: Sendable>(
    _ items: [Item], grain: Int = 64, _ transform: @Sendable (Item) -> T
  ) -> [T] {
    slices(of: items.count, grain: grain) { range in range.map { transform(items[$0]) } }
      .flatMap { $0 }
  }

  /// Each slice of `items` rendered by `render`, handed to `emit` in order: a window of
  /// `window` items at a time, the window's slices rendered on every processor, so that only
  /// one window's results are held (a long document written as it is made). A slice keeps the
  /// indices it has in `items`.
  public static func forEachWindow<Item: Sendable, T: Sendable>(
    of items: [Item], window: Int, grain: Int = 16,
    render: @Sendable (ArraySlice<Item>) -> T, emit: (T) throws -> Void
  ) rethrows {
    for start in stride(from: 0, to: items.count, by: window) {
      let count = Swift.min(window, items.count - start)
      let parts = slices(of: count, grain: grain) { range in
        render(items[(start + range.lowerBound)..<(start + range.upperBound)])
      }
      for part in parts { try emit(part) }
    }
  }
}
