/// Where a forecast stands at an as-of date.
public enum ForecastStatus: String, Hashable, Sendable, Codable, CaseIterable {
  /// The window has not closed and nothing decisive is known.
  case open
  /// The window has closed with no decisive evidence or verdict: the editor must act.
  case due
  /// The claim came true.
  case `true`
  /// The claim did not come true.
  case `false`
  /// Excluded from every score, with its reason shown.
  case annulled

  /// Whether the forecast has an outcome that scores use.
  public var isResolved: Bool { self == .true || self == .false }
}

extension ForecastStatus {
  /// The status a verdict with this outcome gives.
  public init(_ outcome: VerdictOutcome) {
    switch outcome {
    case .true: self = .true
    case .false: self = .false
    case .annulled: self = .annulled
    }
  }
}
