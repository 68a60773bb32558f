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
  /// Valid time of the cut.
  public let asOf: Day
  /// Transaction time of the cut.
  public let knownBy: Date

  /// One recorded amendment of a catalog item.
  public struct Amendment: Hashable, Sendable {
    /// `question`, `forecast`, `speaker` or `source`.
    public var kind: String
    /// The fields it changed.
    public var changes: [FieldChange]
  }

  /// Indexes `entries` at the cut.
  public init(entries: [LedgerEntry], asOf: Day, knownBy: Date) {
    self.asOf = asOf
    self.knownBy = knownBy
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

  /// Whether a verdict fact counts at the cut: recorded by `knownBy`, settled by `asOf`.
  public func counts(_ verdict: Recorded<Verdict>) -> Bool {
    verdict.recordedAt <= knownBy && verdict.value.observed <= asOf
  }

  /// Adds the verdicts bulk imports recorded (facts of their import entries, with its seq and
  /// recorded_at), under the same cut as the entries; each question's verdicts stay in seq
  /// order, so a later verdict entry still overrides an imported outcome.
  public mutating func addImported(_ imported: [Recorded<Verdict>]) {
    var unsorted: Set<String> = []
    for verdict in imported where counts(verdict) {
      let question = verdict.value.question
      if let last = verdicts[question]?.last, last.seq > verdict.seq { unsorted.insert(question) }
      verdicts[question, default: []].append(verdict)
    }
    for question in unsorted {
      verdicts[question]?.sort { $0.seq < $1.seq }
    }
  }

  /// The evidence that applies to a forecast: about its question as a whole, or about it alone.
  public func evidence(for forecast: Forecast) -> [Recorded<Evidence>] {
    (evidence[forecast.question] ?? []).filter {
      $0.value.forecast == nil || $0.value.forecast == forecast.id
    }
  }
}
