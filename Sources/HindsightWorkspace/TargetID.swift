import Foundation
import HindsightCore
import HindsightStore

/// What an id on the command line names: a question, or one forecast of a question.
public struct TargetID: Sendable {
  /// The question (the forecast's question when the id names a forecast).
  public let question: Question
  /// The forecast, when the id names one.
  public let forecast: Forecast?

  /// Looks `id` up among the catalog's questions and forecasts (`lookup`), then among the
  /// imported ones of `ledger` (an indexed look-up), suggesting the closest catalog id when
  /// there is no such one.
  public static func resolve(_ id: String, in lookup: CatalogLookup, ledger: Ledger? = nil)
    throws -> TargetID
  {
    if let question = try lookup.question(id) {
      return TargetID(question: question, forecast: nil)
    }
    if let forecast = try lookup.forecast(id), let question = try lookup.question(forecast.question)
    {
      return TargetID(question: question, forecast: forecast)
    }
    if let imported = try ledger?.importedTarget(id) {
      return TargetID(question: imported.question, forecast: imported.forecast)
    }
    throw LookupError.unknownID(id, closest: EditDistance.closest(to: id, in: try lookup.ids()))
  }
}
