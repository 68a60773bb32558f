extension Resolver {
  /// A forecast's status and resolved-on date at the cut: the same rules as `resolve`, without
  /// the rationale, for scoring many forecasts quickly.
  ///
  /// - Parameter imported: a verdict fact of a bulk import about this forecast that `facts`
  ///   does not hold (when imported forecasts are streamed rather than indexed); it counts
  ///   under the same cut and seq order as every other verdict.
  /// - Parameter kind: the question's kind, when the question is not in the resolver's catalog
  ///   (imported questions, which are binary, when streamed).
  public func status(
    of forecast: Forecast, imported: Recorded<Verdict>? = nil, kind: QuestionKind? = nil
  ) -> (status: ForecastStatus, resolvedOn: Day?) {
    if let (verdict, _) = chosenVerdict(forecast, extra: imported) {
      return (ForecastStatus(verdict.value.outcome), verdict.value.observed)
    }
    guard let kind = kind ?? question(forecast.question)?.kind, kind == .binary else {
      let resolution = resolve(forecast)
      return (resolution.status, resolution.resolvedOn)
    }
    return (Resolver.binaryStatus(closesOn: forecast.closesOn, asOf: asOf), nil)
  }

  /// The status of a binary forecast without a verdict: `due` once its horizon has passed,
  /// else `open`.
  public static func binaryStatus(closesOn: Day?, asOf: Day) -> ForecastStatus {
    if let closesOn, closesOn < asOf { return .due }
    return .open
  }
}
