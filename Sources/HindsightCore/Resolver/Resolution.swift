/// The rule of the resolver that decided a forecast's status.
public enum ResolutionRule: String, Hashable, Sendable, Codable, CaseIterable {
  /// A verdict on the forecast itself.
  case forecastVerdict = "forecast-verdict"
  /// A verdict on the forecast's question.
  case questionVerdict = "question-verdict"
  /// The event occurred inside the window.
  case occurredInWindow = "occurred-in-window"
  /// The event occurred before the window opened.
  case occurredBeforeWindow = "occurred-before-window"
  /// The event occurred only after the window closed.
  case occurredAfterWindow = "occurred-after-window"
  /// The event had not occurred by a date on or after the window's end.
  case notOccurredByEnd = "not-occurred-by-end"
  /// An observation of the metric near the target date satisfied the range.
  case valueInRange = "value-in-range"
  /// An observation of the metric near the target date fell outside the range.
  case valueOutOfRange = "value-out-of-range"
  /// Observations disagree; a verdict must settle it.
  case conflict
  /// The window or date has passed with nothing decisive.
  case awaitingEvidence = "awaiting-evidence"
  /// A binary question waits for the editor's verdict.
  case awaitingVerdict = "awaiting-verdict"
  /// The window or date has not yet passed.
  case windowOpen = "window-open"
}

/// Something about a resolution a reader should notice.
public enum ResolutionFlag: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  /// The evidence disagrees; the forecast stays due until a verdict settles it.
  case conflict
  /// The criteria, window, range or confidence were amended after the forecast's window or date had passed.
  case amendedAfterClose = "amended-after-close"

  public static func < (lhs: ResolutionFlag, rhs: ResolutionFlag) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// The supports/refutes balance of assessments about a forecast.
public struct AssessmentTally: Hashable, Sendable, Codable {
  /// Supporting assessments by strength.
  public var supports: [Strength: Int] = [:]
  /// Refuting assessments by strength.
  public var refutes: [Strength: Int] = [:]

  /// Creates an empty tally.
  public init() {}

  /// Whether no assessment was counted.
  public var isEmpty: Bool { supports.isEmpty && refutes.isEmpty }

  /// E.g. "2 supporting (1 strong, 1 weak), 1 refuting (1 moderate)".
  public var summary: String {
    func side(_ counts: [Strength: Int], _ word: String) -> String {
      let total = counts.values.reduce(0, +)
      let parts = Strength.allCases.reversed().compactMap { strength in
        counts[strength].map { "\($0) \(strength.rawValue)" }
      }
      return total == 0 ? "0 \(word)" : "\(total) \(word) (\(parts.joined(separator: ", ")))"
    }
    return "\(side(supports, "supporting")), \(side(refutes, "refuting"))"
  }
}

/// The resolver's output for one forecast at an as-of date.
public struct Resolution: Hashable, Sendable {
  /// The forecast's id.
  public var forecast: String
  /// Its status.
  public var status: ForecastStatus
  /// The rule that fired.
  public var rule: ResolutionRule
  /// The day the outcome was settled in the world, when resolved or annulled.
  public var resolvedOn: Day?
  /// The seq numbers of the entries the rule used, ascending.
  public var entries: [Int64]
  /// One sentence saying why.
  public var rationale: String
  /// Things to notice, sorted.
  public var flags: [ResolutionFlag]
  /// Assessments recorded about the forecast (for binary questions, to inform the verdict).
  public var assessments: AssessmentTally
  /// For `due` forecasts: what the editor must record to settle it.
  public var needs: String?

  /// `true`/`false` for resolved forecasts, nil otherwise.
  public var outcome: Bool? {
    switch status {
    case .true: true
    case .false: false
    default: nil
    }
  }

  /// Creates a resolution.
  public init(
    forecast: String, status: ForecastStatus, rule: ResolutionRule, resolvedOn: Day? = nil,
    entries: [Int64] = [], rationale: String, flags: [ResolutionFlag] = [],
    assessments: AssessmentTally = AssessmentTally(), needs: String? = nil
  ) {
    self.forecast = forecast
    self.status = status
    self.rule = rule
    self.resolvedOn = resolvedOn
    self.entries = entries
    self.rationale = rationale
    self.flags = flags
    self.assessments = assessments
    self.needs = needs
  }
}
