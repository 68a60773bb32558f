/// Where a forecast stands at an as-of date.
public enum ForecastStatus: String, Hashable, Sendable, Codable, CaseIterable {
  /// The window has not closed yet and nothing has decided the forecast.
  case open
  /// The window has closed with no decisive evidence or verdict: the editor must act.
  case due
  /// The claim came true.
  case `true`
  /// The claim did not come true.
  case `false`
  /// Excluded from every score, with its reason shown.
  case annulled
}
