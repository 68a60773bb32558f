import Foundation
import HindsightCore

/// A ledger's evidence, verdict and note entries, read once into timeline items (in the order
/// they were recorded, each with its retraction) and indexed by question, so that a report of
/// many forecasts looks up each one's timeline instead of reading every entry again: the review
/// of a year that resolved 195 569 forecasts, on a ledger of 300 notes, took 56 s that way
/// (docs/performance.md).
public struct TimelineIndex: Sendable {
  /// Every item, in seq order.
  private let all: [TimelineItem]
  /// The places in `all` of each question's items, in seq order.
  private let byQuestion: [String: [Int]]

  /// Reads the timeline items of `entries`.
  public init(entries: [LedgerEntry]) {
    var retractions: [Int64: (seq: Int64, reason: String)] = [:]
    for entry in entries {
      if case .retraction(let retraction) = entry.payload {
        retractions[retraction.seq] = (entry.seq, retraction.reason)
      }
    }
    let items = entries.sorted { $0.seq < $1.seq }.compactMap { entry -> TimelineItem? in
      guard var item = TimelineItem(entry: entry) else { return nil }
      if let retraction = retractions[item.seq] {
        item.retractedBy = retraction.seq
        item.retractionReason = retraction.reason
      }
      return item
    }
    all = items
    byQuestion = Dictionary(grouping: items.indices, by: { items[$0].question })
  }

  /// The items about `question` (all of them) or about `forecast` (the question-wide ones and
  /// the forecast's own), or every one when both are nil.
  public func items(question: String? = nil, forecast: String? = nil) -> [TimelineItem] {
    let places = question.map { byQuestion[$0] ?? [] } ?? Array(all.indices)
    return places.compactMap { place in
      let item = all[place]
      if let forecast, item.forecast != nil, item.forecast != forecast { return nil }
      return item
    }
  }
}
