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
  /// Keep the forecasts about questions any of these speakers forecast (their peers' too).
  /// Only the ledger's reads apply it; `includes` does not.
  public var questionsOf: Set<String>

  /// Creates a query; the defaults keep everything.
  public init(
    speakers: Set<String> = [], statuses: Set<ForecastStatus> = [], tags: Set<String> = [],
    dueBefore: Day? = nil, question: String? = nil, questionsOf: Set<String> = []
  ) {
    self.questionsOf = questionsOf
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
