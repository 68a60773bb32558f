import HindsightCore
import Testing

/// Fictional forecast used only to exercise `DateStatus`.
private func fictionalForecast(window: Window?, target: NumericTarget? = nil) -> Forecast {
  Forecast(
    id: "fictional-forecast", question: "fictional-question", speaker: "fictional-speaker",
    source: "fictional-source", saidOn: Day("2020-01-01")!, quote: "q", quoteEn: "q",
    claim: "c", window: window, target: target,
    confidence: Confidence(phrase: nil, p: 0.5, interval: 0.5...0.5, basis: .stated))
}

@Test func forecastIsOpenUntilItsWindowCloses() {
  let forecast = fictionalForecast(
    window: Window(from: Day("2025-01-01")!, to: Day("2025-12-31")!, basis: .stated))
  #expect(DateStatus.status(of: forecast, asOf: Day("2025-06-30")!) == .open)
  // The last day of the window is still open: due only when closesOn < as-of.
  #expect(DateStatus.status(of: forecast, asOf: Day("2025-12-31")!) == .open)
  #expect(DateStatus.status(of: forecast, asOf: Day("2026-01-01")!) == .due)
}

@Test func numericForecastIsDueAfterItsTargetDate() {
  let forecast = fictionalForecast(
    window: nil, target: NumericTarget(at: Day("2023-12-31")!, min: 1, max: nil, basis: .stated))
  #expect(DateStatus.status(of: forecast, asOf: Day("2023-12-31")!) == .open)
  #expect(DateStatus.status(of: forecast, asOf: Day("2024-01-01")!) == .due)
}

@Test func forecastWithoutClosingDayStaysOpen() {
  #expect(DateStatus.status(of: fictionalForecast(window: nil), asOf: Day("2099-01-01")!) == .open)
}

@Test func statusRawValuesAreTheSpecNames() {
  #expect(ForecastStatus.allCases.map(\.rawValue) == ["open", "due", "true", "false", "annulled"])
}
