/// One speaker of one bulk import as the ledger's derived table `imported_speakers` holds it:
/// the speaker's id and name, and the `ScoringRecord` of each of its forecasts, in ascending
/// order (by `p` first).
public struct ImportedSpeaker: Hashable, Sendable {
  /// The import entry's seq.
  public var seq: Int64
  /// The speaker's id.
  public var speaker: String
  /// The speaker's name.
  public var name: String
  /// The packed records (`ScoringRecord.size` bytes each).
  public var scoring: [UInt8]

  /// Creates a speaker.
  public init(seq: Int64, speaker: String, name: String, scoring: [UInt8] = []) {
    self.seq = seq
    self.speaker = speaker
    self.name = name
    self.scoring = scoring
  }

  /// How many forecasts.
  public var count: Int { scoring.count / ScoringRecord.size }

  /// Calls `body` with each record, in ascending order (a malformed record is skipped; `verify`
  /// finds it).
  public func forEachRecord(_ body: (ScoringRecord) throws -> Void) rethrows {
    try scoring.withUnsafeBytes { bytes in
      var offset = 0
      while offset + ScoringRecord.size <= bytes.count {
        if let record = ScoringRecord(bytes: UnsafeRawBufferPointer(rebasing: bytes[offset...])) {
          try body(record)
        }
        offset += ScoringRecord.size
      }
    }
  }

  /// The earliest day any of the speaker's forecasts was made.
  public var firstSaidOn: Day? {
    var first: Day?
    forEachRecord { record in first = min(first ?? record.saidOn, record.saidOn) }
    return first
  }
}

/// Collects the `ImportedSpeaker`s of one import's rows, in order of each speaker's first row.
public struct ImportedSpeakerCollector: Sendable {
  /// The import entry's seq.
  public let seq: Int64
  private var numbers = ByteTable()
  private var collected: [ImportedSpeaker] = []

  /// The speakers of the rows added, each with its records in ascending order.
  public var speakers: [ImportedSpeaker] {
    collected.map { speaker in
      var records: [ScoringRecord] = []
      records.reserveCapacity(speaker.count)
      speaker.forEachRecord { records.append($0) }
      var sorted = speaker
      sorted.scoring.removeAll(keepingCapacity: true)
      for record in records.sorted() { record.append(to: &sorted.scoring) }
      return sorted
    }
  }

  /// Starts collecting the speakers of import `seq`.
  public init(seq: Int64) {
    self.seq = seq
  }

  /// Adds a row's record to its speaker (the name is taken from the speaker's first row).
  public mutating func add(_ row: some FlatRecord) {
    let number = row.withText(.speaker) { id in
      if let entry = numbers.find(id) { return entry.number }
      collected.append(
        ImportedSpeaker(
          seq: seq, speaker: String(decoding: id, as: UTF8.self), name: row.text(.speakerName)))
      return numbers.insert(id).number
    }
    ScoringRecord(row).append(to: &collected[number].scoring)
  }
}
