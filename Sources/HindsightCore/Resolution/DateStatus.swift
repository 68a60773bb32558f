/// The status a forecast has from its dates alone, before any evidence is considered.
///
/// This is a stand-in until the resolver computes statuses from the ledger: it only ever
/// answers `open` or `due`.
public enum DateStatus {
  /// `due` when the forecast's closing day (`window.to`, or the numeric target's `at`) lies
  /// before `asOf`; `open` otherwise, including when the forecast has no closing day.
  public static func status(of forecast: Forecast, asOf: Day) -> ForecastStatus {
    guard let closesOn = forecast.closesOn, closesOn < asOf else { return .open }
    return .due
  }
}
