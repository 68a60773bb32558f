import HindsightCore

/// What scoring takes from the catalog beyond the index: each catalog forecast's confidence
/// (with its scale interval, for the sensitivity range) and the forecasts it flags as already
/// true when made.
public struct CatalogScoring: Sendable {
  /// Each catalog forecast's confidence, by id.
  public var confidences: [String: Confidence]
  /// The catalog forecasts flagged as already true when made.
  public var alreadyTrue: Set<String>

  /// The scoring inputs of a catalog's forecasts.
  public init(forecasts: [Forecast]) {
    confidences = Dictionary(
      forecasts.map { ($0.id, $0.confidence) }, uniquingKeysWith: { first, _ in first })
    alreadyTrue = Set(forecasts.filter { $0.alreadyTrueWhenSaid != nil }.map(\.id))
  }

  /// The update the scorer reads for a forecast at its cut.
  public func update(_ forecast: IndexedForecast) -> ForecastUpdate {
    let id = forecast.row.forecast
    return forecast.update(
      confidence: forecast.imported ? nil : confidences[id],
      alreadyTrue: !forecast.imported && alreadyTrue.contains(id))
  }
}
