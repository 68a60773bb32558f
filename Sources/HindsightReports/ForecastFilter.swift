import HindsightCore

/// Which forecasts a listing keeps. Within one criterion any value matches (speaker A or B);
/// across criteria all must match (speaker A and status due). Empty criteria match everything.
public struct ForecastFilter: Hashable, Sendable {
  /// Speaker ids to keep.
  public var speakers: Set<String>
  /// Statuses to keep.
  public var statuses: Set<ForecastStatus>
  /// Keep forecasts whose question carries any of these tags.
  public var tags: Set<String>
  /// Keep forecasts that close (window end or numeric date) strictly before this day.
  public var dueBefore: Day?

  /// Creates a filter; the defaults keep everything.
  public init(
    speakers: Set<String> = [], statuses: Set<ForecastStatus> = [], tags: Set<String> = [],
    dueBefore: Day? = nil
  ) {
    self.speakers = speakers
    self.statuses = statuses
    self.tags = tags
    self.dueBefore = dueBefore
  }

  /// Whether the row passes every criterion.
  public func includes(_ row: ForecastRow) -> Bool {
    if !speakers.isEmpty, !speakers.contains(row.speaker) { return false }
    if !statuses.isEmpty, !statuses.contains(row.state.status) { return false }
    if !tags.isEmpty, tags.isDisjoint(with: row.tags) { return false }
    if let dueBefore {
      guard let closesOn = row.closesOn, closesOn < dueBefore else { return false }
    }
    return true
  }
}
