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
