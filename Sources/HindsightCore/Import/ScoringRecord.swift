/// What resolving and scoring need of one imported forecast, packed into 21 bytes.
///
/// The ledger's derived table `imported_speakers` holds each imported speaker's records in one
/// blob (docs/ledger.md, "Bulk imports"), so a scorecard reads one row per speaker instead of
/// one per forecast; a blob holds its records in ascending order (`<`). The layout, little-endian: `p` as an IEEE 754 double (8 bytes); `said_on`,
/// the window's end (`closes`) and `resolved_on` as day numbers since 1970-01-01 (4 bytes each,
/// −2³¹ when absent); the outcome (1 byte: 0 none, 1 true, 2 false, 3 annulled).
public struct ScoringRecord: Hashable, Sendable, Comparable {
  /// The probability that the claim is true.
  public var p: Double
  /// The day the forecast was made.
  public var saidOn: Day
  /// The last day of the window (when the row has both ends): after it the forecast is due.
  public var closesOn: Day?
  /// The outcome the import recorded.
  public var outcome: VerdictOutcome?
  /// The day that outcome was settled.
  public var resolvedOn: Day?

  /// The size of a packed record, in bytes.
  public static let size = 21
  private static let absent = Int32.min
  private static let outcomes: [VerdictOutcome?] = [nil, .true, .false, .annulled]

  /// Creates a record.
  public init(
    p: Double, saidOn: Day, closesOn: Day?, outcome: VerdictOutcome?, resolvedOn: Day?
  ) {
    self.p = p
    self.saidOn = saidOn
    self.closesOn = closesOn
    self.outcome = outcome
    self.resolvedOn = resolvedOn
  }

  /// The record of an imported row.
  public init(_ row: some FlatRecord) {
    self.init(
      p: row.p == 0 ? 0 : row.p,  // −0 as 0, so that it sorts and tallies with 0
      saidOn: row.saidOn, closesOn: row.windowFrom == nil ? nil : row.windowTo,
      outcome: row.outcome, resolvedOn: row.outcome == nil ? nil : row.resolvedOn)
  }

  /// Reads a packed record from the first `size` bytes of `bytes`; nil when they are not one.
  public init?(bytes: UnsafeRawBufferPointer) {
    guard bytes.count >= ScoringRecord.size else { return nil }
    func day(_ offset: Int) -> Day? {
      let value = Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self))
      return value == ScoringRecord.absent ? nil : Day(daysSinceEpoch: Int(value))
    }
    let code = Int(bytes[20])
    guard let saidOn = day(8), code < ScoringRecord.outcomes.count else { return nil }
    let p = Double(
      bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)))
    self.init(
      p: p, saidOn: saidOn, closesOn: day(12), outcome: ScoringRecord.outcomes[code],
      resolvedOn: day(16))
  }

  /// Appends the packed record.
  public func append(to bytes: inout [UInt8]) {
    func word(_ day: Day?) -> Int32 {
      (day.map { Int32($0.daysSinceEpoch) } ?? ScoringRecord.absent).littleEndian
    }
    // 8 + 4 + 4 + 4 bytes, then the outcome.
    let packed = (p.bitPattern.littleEndian, word(saidOn), word(closesOn), word(resolvedOn))
    withUnsafeBytes(of: packed) { bytes.append(contentsOf: $0) }
    bytes.append(outcomeCode)
  }

  /// The outcome's byte.
  private var outcomeCode: UInt8 {
    switch outcome {
    case nil: 0
    case .true: 1
    case .false: 2
    case .annulled: 3
    }
  }

  /// Records in ascending `p`, then by their other fields, as a speaker's blob keeps them (so
  /// that scoring tallies them by `p` without sorting).
  public static func < (lhs: ScoringRecord, rhs: ScoringRecord) -> Bool {
    if lhs.p != rhs.p { return lhs.p < rhs.p }
    if lhs.saidOn != rhs.saidOn { return lhs.saidOn < rhs.saidOn }
    let absent = Int.min
    let closes = (lhs.closesOn?.daysSinceEpoch ?? absent, rhs.closesOn?.daysSinceEpoch ?? absent)
    if closes.0 != closes.1 { return closes.0 < closes.1 }
    let resolved = (
      lhs.resolvedOn?.daysSinceEpoch ?? absent, rhs.resolvedOn?.daysSinceEpoch ?? absent
    )
    if resolved.0 != resolved.1 { return resolved.0 < resolved.1 }
    return lhs.outcomeCode < rhs.outcomeCode
  }

  /// The forecast's status as of `asOf`, when no ledger entry but its import's outcome bears on
  /// it: the same rules as `Resolver.status(of:imported:kind:)` for a binary question.
  public func status(asOf: Day) -> ForecastStatus {
    if let outcome, let resolvedOn, resolvedOn <= asOf { return ForecastStatus(outcome) }
    return Resolver.binaryStatus(closesOn: closesOn, asOf: asOf)
  }
}
