import HindsightCore

/// Checks a hash chain one stored entry at a time, in seq order, and folds the derived state
/// the entries imply. `verify` runs it over the `entries` table and over the journal, so both
/// are held to one definition of a valid chain (docs/ledger.md, "Verifying independently").
struct ChainCheck {
  /// The derived tables the entries checked so far imply.
  private(set) var state = DerivedState()
  /// How many entries were checked.
  private(set) var count = 0
  /// The hash of the last entry checked (64 zeros before the first).
  private(set) var headHash = CanonicalEntry.genesisHash
  private var prevTime = ""
  private var kinds: [Int64: String] = [:]
  private var references = EntryReferences()
  /// Whether an id is a question, or a forecast (of which question), of a bulk import; nil
  /// when the checker cannot tell (a journal checked on its own).
  var imported: ((String) -> (question: Bool, forecastOf: String?))?
  /// The seqs that later `void` entries set aside: their hashes are checked, their payloads
  /// are not decoded.
  var voided: Set<Int64> = []

  /// Checks the next entry and returns its decoded payload (nil for a voided one), or throws
  /// what is wrong with it.
  mutating func add(_ entry: StoredEntry) throws(ChainProblem) -> EntryPayload? {
    guard entry.seq == Int64(count) + 1 else {
      throw ChainProblem("expected seq \(count + 1) here; the seqs are not contiguous")
    }
    guard entry.prevHash == headHash else {
      throw ChainProblem("prev_hash does not equal the hash of entry \(entry.seq - 1)")
    }
    let hash = CanonicalEntry.hash(
      prevHash: headHash, seq: entry.seq, recordedAt: entry.recordedAt, author: entry.author,
      kind: entry.kind, payloadText: entry.payload)
    guard entry.hash == hash else { throw ChainProblem("stored hash does not match its contents") }
    guard let date = Timestamp.parse(entry.recordedAt), Timestamp.format(date) == entry.recordedAt
    else {
      throw ChainProblem("recorded_at '\(entry.recordedAt)' is not a canonical UTC timestamp")
    }
    guard entry.recordedAt >= prevTime else {
      throw ChainProblem("recorded_at \(entry.recordedAt) is earlier than the previous entry's")
    }
    guard CanonicalEntry.isValidAuthor(entry.author) else {
      throw ChainProblem("the author is not valid")
    }
    if voided.contains(entry.seq) {
      let decoded = try? CanonicalEntry.payload(fromText: entry.payload)
      let readable = decoded.flatMap { try? CanonicalEntry.payloadText($0) } == entry.payload
      kinds[entry.seq] = readable ? "readable" : "voided"
      headHash = hash
      prevTime = entry.recordedAt
      count += 1
      return nil
    }
    let payload: EntryPayload
    do {
      payload = try CanonicalEntry.payload(fromText: entry.payload)
    } catch {
      throw ChainProblem("payload does not decode: \(error.localizedDescription)")
    }
    guard CanonicalEntry.kind(of: payload) == entry.kind else {
      throw ChainProblem("kind '\(entry.kind)' does not match the payload's type")
    }
    guard (try? CanonicalEntry.payloadText(payload)) == entry.payload else {
      throw ChainProblem("payload text is not in canonical form")
    }
    if case .void(let void) = payload {
      guard void.seq < entry.seq, let target = kinds[void.seq], target != "void" else {
        throw ChainProblem("voids entry \(void.seq), which is not an earlier entry")
      }
      guard target == "voided" else {
        throw ChainProblem(
          "voids entry \(void.seq), which reads back; only entries that cannot be read are set aside (retract evidence instead)"
        )
      }
    }
    if case .retraction(let retraction) = payload {
      let target = kinds[retraction.seq]
      guard let target, Ledger.retractableKinds.contains(target),
        state.retracted[retraction.seq] == nil
      else {
        throw ChainProblem(
          "retracts entry \(retraction.seq), which is not a live evidence, verdict or note")
      }
    }
    if let problem = references.problem(payload, imported: imported) {
      throw ChainProblem("\(entry.kind) entry \(problem)")
    }
    references.record(payload)
    state.apply(seq: entry.seq, payload: payload)
    kinds[entry.seq] = entry.kind
    headHash = hash
    prevTime = entry.recordedAt
    count += 1
    return payload
  }
}

/// What is wrong with one entry of a chain, in one sentence.
struct ChainProblem: Error, Equatable {
  /// The sentence.
  let message: String

  init(_ message: String) {
    self.message = message
  }
}
