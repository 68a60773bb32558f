import HindsightCore

/// One forecast resolved at several cuts (`Ledger.forEachForecast(cuts:knownBy:query:_:)`).
public struct ForecastAtCuts: Sendable {
  /// The forecast; its row's `outcome` and `resolvedOn` are what its import recorded (nil for
  /// catalog forecasts), its status `open`: `at(_:)` gives it at a cut.
  public var indexed: IndexedForecast
  /// Its status and resolved-on day at each cut.
  public var states: [(status: ForecastStatus, resolvedOn: Day?)]
  /// A catalog forecast's item and question.
  var catalogItem: Forecast?
  var catalogQuestion: Question?
  /// The verdict its import recorded, as a fact of the import entry.
  public var verdict: Recorded<Verdict>?

  /// The forecast as a catalog item (an imported one's built from its row when asked for).
  public var item: Forecast {
    catalogItem ?? indexed.row.forecastItem(importSeq: indexed.seq)
  }

  /// Its question (nil when the catalog lacks it).
  public var question: Question? {
    indexed.imported ? indexed.row.questionItem(importSeq: indexed.seq) : catalogQuestion
  }

  /// The forecast at cut `index`: its status there, and its row's outcome and resolved-on day
  /// those of that status.
  public func at(_ index: Int) -> IndexedForecast {
    var forecast = indexed
    forecast.status = states[index].status
    forecast.row.outcome = VerdictOutcome(status: forecast.status)
    forecast.row.resolvedOn = forecast.row.outcome == nil ? nil : states[index].resolvedOn
    return forecast
  }
}
