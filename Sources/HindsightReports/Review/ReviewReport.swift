import Foundation
import HindsightCore

/// The yearly review (SPEC §8): the story of one year as of its 31 December, with everything
/// the ledger knew by `knownBy`. Built by ``ReviewBuilder``; rendered by ``ReviewMarkdown`` and
/// ``ReviewHTML``, which show the same facts.
public struct ReviewReport: Hashable, Sendable {
  /// The ledger's last entry at the cut, so a published review can be checked later.
  public struct LedgerHead: Hashable, Sendable {
    /// The hash of the last entry recorded by `knownBy` (64 zeros for an empty ledger).
    public var hash: String
    /// The number of entries recorded by `knownBy` (the last entry's seq).
    public var entries: Int

    /// Creates a head.
    public init(hash: String, entries: Int) {
      self.hash = hash
      self.entries = entries
    }
  }

  /// The counts at the top of the review.
  public struct Summary: Hashable, Sendable {
    /// Forecasts said during the year.
    public var made = 0
    /// Forecasts in the catalog said on or before the year end.
    public var inCatalog = 0
    /// Forecasts resolved true or false with a resolved-on day in the year.
    public var resolved = 0
    /// Open at the year end.
    public var open = 0
    /// Due at the year end (window or date passed, nothing decisive).
    public var due = 0
    /// Due, and closed more than ``ReviewReport/overdueDays`` days before the year end.
    public var overdue = 0
    /// Annulled at the year end.
    public var annulled = 0

    /// Creates empty counts.
    public init() {}
  }

  /// A `due` forecast counts as overdue once it closed more than this many days before the
  /// year end.
  public static let overdueDays = 90

  /// The year under review.
  public var year: Int
  /// 31 December of `year`: the valid-time cut.
  public var asOf: Day
  /// The transaction-time cut.
  public var knownBy: Date
  /// The ledger's head at the cut.
  public var head: LedgerHead
  /// The counts.
  public var summary: Summary
  /// Every forecast resolved (true, false or annulled) during the year, by resolved-on day.
  public var resolved: [ResolvedForecast]
  /// The scoreboard at the year end, one row per speaker and the pooled row last.
  public var scoreboard: [ScoreRow]
  /// The Brier score at each year end since the first forecast, per speaker and pooled.
  public var brierHistory: [BrierSeries]
  /// Forecasts due at the year end: the editor's to-do list, most overdue first.
  public var due: [ToDoItem]
  /// Open forecasts whose window or date closes on the year's last day or during the next
  /// year (so they fall due by the next year end), by closing day.
  public var dueNextYear: [ToDoItem]
  /// Amendments recorded during the year, in seq order.
  public var amendments: [AmendmentItem]
  /// Every speaker's forecasts pooled per tag at the year end, by tag.
  public var tags: [TagScoreRow]
  /// The catalog questions two or more speakers forecast, in catalog order, with those
  /// forecasts side by side.
  public var shared: [SharedQuestion]

  /// Creates a review; use ``ReviewBuilder`` to compute one.
  public init(
    year: Int, asOf: Day, knownBy: Date, head: LedgerHead, summary: Summary,
    resolved: [ResolvedForecast], scoreboard: [ScoreRow], brierHistory: [BrierSeries],
    due: [ToDoItem], dueNextYear: [ToDoItem], amendments: [AmendmentItem],
    tags: [TagScoreRow] = [], shared: [SharedQuestion] = []
  ) {
    self.tags = tags
    self.shared = shared
    self.year = year
    self.asOf = asOf
    self.knownBy = knownBy
    self.head = head
    self.summary = summary
    self.resolved = resolved
    self.scoreboard = scoreboard
    self.brierHistory = brierHistory
    self.due = due
    self.dueNextYear = dueNextYear
    self.amendments = amendments
  }

  /// Due forecasts that are overdue and have no evidence at all.
  public var overdueWithoutEvidence: [ToDoItem] {
    due.filter { $0.overdue && $0.evidenceCount == 0 }
  }

  /// Whether any year end of the history has a Brier score.
  public var hasBrierHistory: Bool {
    brierHistory.contains { $0.points.contains { $0.brier != nil } }
  }

  /// Amendments that moved the goalposts after a forecast had closed.
  public var lateAmendments: [AmendmentItem] {
    amendments.filter { !$0.afterCloseFor.isEmpty }
  }
}
