/// The payload a validator keeps for the first outcome of a proposition: the record number,
/// the outcome's place in `VerdictOutcome.allCases` and the resolved-on day (4 bytes each),
/// made without allocating, once a row.
struct FirstOutcome {
  var record: Int
  var outcome: VerdictOutcome
  var on: Day

  init(record: Int, outcome: VerdictOutcome, on: Day) {
    self.record = record
    self.outcome = outcome
    self.on = on
  }

  init(payload: UnsafeBufferPointer<UInt8>) {
    let base = UnsafeRawPointer(payload.baseAddress!)
    record = Int(base.loadUnaligned(as: UInt32.self))
    outcome = VerdictOutcome.allCases[Int(base.loadUnaligned(fromByteOffset: 4, as: UInt32.self))]
    on = Day(daysSinceEpoch: Int(base.loadUnaligned(fromByteOffset: 8, as: Int32.self)))
  }

  /// Calls `body` with the payload.
  func withPayload<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let words = (
      UInt32(truncatingIfNeeded: record),
      UInt32(VerdictOutcome.allCases.firstIndex(of: outcome)!),
      Int32(truncatingIfNeeded: on.daysSinceEpoch)
    )
    return withUnsafeBytes(of: words) { body($0.assumingMemoryBound(to: UInt8.self)) }
  }
}
