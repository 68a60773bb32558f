import HindsightCore

/// A forecast the editor must attend to: due at the year end, or closing next year.
public struct ToDoItem: Hashable, Sendable {
  /// The forecast's id.
  public var id: String
  /// The speaker's name as the review shows it.
  public var speaker: String
  /// The claim.
  public var claim: String
  /// The last day of the window, or the numeric target's date.
  public var closesOn: Day?
  /// The status at the year end.
  public var status: ForecastStatus
  /// Whether it is overdue (due, and closed more than ``ReviewReport/overdueDays`` before the
  /// year end).
  public var overdue: Bool
  /// The number of evidence entries about it that count at the cut.
  public var evidenceCount: Int
  /// What the editor must record to settle it (for due forecasts).
  public var needs: String?
  /// The editor's notes about it or its question (e.g. what was searched), in seq order,
  /// retracted ones left out.
  public var notes: [TimelineItem] = []

  /// Creates an item.
  public init(
    id: String, speaker: String, claim: String, closesOn: Day?, status: ForecastStatus,
    overdue: Bool, evidenceCount: Int, needs: String?, notes: [TimelineItem] = []
  ) {
    self.notes = notes
    self.id = id
    self.speaker = speaker
    self.claim = claim
    self.closesOn = closesOn
    self.status = status
    self.overdue = overdue
    self.evidenceCount = evidenceCount
    self.needs = needs
  }
}
