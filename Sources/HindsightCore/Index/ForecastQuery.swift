/// Which forecasts a read asks the index for. Within one criterion any value matches (speaker
/// A or B); across criteria all must match; empty criteria match everything. Every criterion
/// is a condition of the SQL query.
public struct ForecastQuery: Hashable, Sendable {
  /// Speaker ids to keep.
  public var speakers: Set<String>
  /// Statuses to keep (at the cut).
  public var statuses: Set<ForecastStatus>
  /// Keep forecasts whose question carries any of these tags.
  public var tags: Set<String>
  /// Keep forecasts that close (window end or numeric date) strictly before this day.
  public var dueBefore: Day?
  /// Keep the forecasts of this question only.
  public var question: String?

  /// Creates a query; the defaults keep everything.
  public init(
    speakers: Set<String> = [], statuses: Set<ForecastStatus> = [], tags: Set<String> = [],
    dueBefore: Day? = nil, question: String? = nil
  ) {
    self.speakers = speakers
    self.statuses = statuses
    self.tags = tags
    self.dueBefore = dueBefore
    self.question = question
  }

  /// Whether a forecast passes every criterion.
  public func includes(_ forecast: IndexedForecast) -> Bool {
    includes(
      speaker: forecast.row.speaker, status: forecast.status, tags: forecast.row.tags,
      question: forecast.row.question, closesOn: forecast.closesOn)
  }

  /// Whether a forecast with these values passes every criterion.
  public func includes(
    speaker: String, status: ForecastStatus, tags: [String], question: String, closesOn: Day?
  ) -> Bool {
    if !speakers.isEmpty, !speakers.contains(speaker) { return false }
    if !statuses.isEmpty, !statuses.contains(status) { return false }
    if !self.tags.isEmpty, self.tags.isDisjoint(with: tags) { return false }
    if let wanted = self.question, question != wanted { return false }
    if let dueBefore {
      guard let closesOn, closesOn < dueBefore else { return false }
    }
    return true
  }
}

/// One forecast as the ledger's index holds it, catalog or imported alike, with its state at
/// a cut.
public struct IndexedForecast: Hashable, Sendable {
  /// The forecast as a flat row; `outcome` and `resolvedOn` are its state at the cut.
  public var row: FlatRow
  /// Its question's kind.
  public var kind: QuestionKind
  /// The day a numeric forecast is judged at.
  public var at: Day?
  /// Whether a bulk import wrote it (else the catalog did).
  public var imported: Bool
  /// The entry that added it: its catalog entry, or its import.
  public var seq: Int64
  /// Its status at the cut.
  public var status: ForecastStatus

  /// The day the forecast closes: the window's end or the numeric date.
  public var closesOn: Day?

  /// Creates an indexed forecast; `closesOn` defaults to the window's end or the numeric date.
  public init(
    row: FlatRow, kind: QuestionKind, at: Day?, imported: Bool, seq: Int64,
    status: ForecastStatus, closesOn: Day?? = nil
  ) {
    self.row = row
    self.kind = kind
    self.at = at
    self.imported = imported
    self.seq = seq
    self.status = status
    self.closesOn = closesOn ?? (row.windowTo ?? at)
  }
}

extension VerdictOutcome {
  /// The outcome a status records: `true`, `false` or `annulled`; nil for `open` and `due`.
  public init?(status: ForecastStatus) {
    switch status {
    case .true: self = .true
    case .false: self = .false
    case .annulled: self = .annulled
    case .open, .due: return nil
    }
  }
}
