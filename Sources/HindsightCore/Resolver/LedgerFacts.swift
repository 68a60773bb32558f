import Foundation

/// An entry's content with the seq and transaction time it was recorded at.
public struct Recorded<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The entry's seq.
  public var seq: Int64
  /// When it was recorded.
  public var recordedAt: Date
  /// What it says.
  public var value: Value

  /// Creates a recorded value.
  public init(seq: Int64, recordedAt: Date, value: Value) {
    self.seq = seq
    self.recordedAt = recordedAt
    self.value = value
  }
}

/// The ledger entries that count at an (as-of, known-by) cut, indexed for the resolver.
///
/// Only entries recorded on or before `knownBy` are seen; retractions recorded by then remove
/// the entries they withdraw; evidence and verdicts count only when observed on or before `asOf`.
public struct LedgerFacts: Sendable {
  /// Evidence that counts, by question id, in seq order.
  public private(set) var evidence: [String: [Recorded<Evidence>]] = [:]
  /// Verdicts that count, by question id, in seq order.
  public private(set) var verdicts: [String: [Recorded<Verdict>]] = [:]
  /// Amendments recorded by `knownBy`, by item id, in seq order.
  public private(set) var amendments: [String: [Recorded<Amendment>]] = [:]
  /// The seqs withdrawn by retractions recorded by `knownBy`.
  public private(set) var retracted: Set<Int64> = []

  /// One recorded amendment of a catalog item.
  public struct Amendment: Hashable, Sendable {
    /// `question`, `forecast`, `speaker` or `source`.
    public var kind: String
    /// The fields it changed.
    public var changes: [FieldChange]
  }

  /// Indexes `entries` at the cut.
  public init(entries: [LedgerEntry], asOf: Day, knownBy: Date) {
    let known = entries.filter { $0.recordedAt <= knownBy }
    for entry in known {
      if case .retraction(let retraction) = entry.payload { retracted.insert(retraction.seq) }
    }
    for entry in known.sorted(by: { $0.seq < $1.seq }) where !retracted.contains(entry.seq) {
      switch entry.payload {
      case .evidence(let evidence) where evidence.observed <= asOf:
        self.evidence[evidence.question, default: []].append(
          Recorded(seq: entry.seq, recordedAt: entry.recordedAt, value: evidence))
      case .verdict(let verdict) where verdict.observed <= asOf:
        verdicts[verdict.question, default: []].append(
          Recorded(seq: entry.seq, recordedAt: entry.recordedAt, value: verdict))
      case .amendment(let item, let changes):
        amendments[item.id, default: []].append(
          Recorded(
            seq: entry.seq, recordedAt: entry.recordedAt,
            value: Amendment(kind: item.kindName, changes: changes)))
      default:
        break
      }
    }
  }

  /// The evidence that applies to a forecast: about its question as a whole, or about it alone.
  public func evidence(for forecast: Forecast) -> [Recorded<Evidence>] {
    (evidence[forecast.question] ?? []).filter {
      $0.value.forecast == nil || $0.value.forecast == forecast.id
    }
  }
}
