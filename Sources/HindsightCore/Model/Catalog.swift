/// Everything `predictions.yaml` holds: the confidence scale, sources, speakers, questions and forecasts.
public struct Catalog: Hashable, Sendable, Codable {
  /// The catalog format version.
  public var version: Int
  /// Hedge phrase → probability.
  public var confidenceScale: ConfidenceScale
  /// Sources, in file order.
  public var sources: [Source]
  /// Speakers, in file order.
  public var speakers: [Speaker]
  /// Questions, in file order.
  public var questions: [Question]
  /// Forecasts, in file order (each names its question).
  public var forecasts: [Forecast]

  /// Creates a catalog.
  public init(
    version: Int, confidenceScale: ConfidenceScale, sources: [Source], speakers: [Speaker],
    questions: [Question], forecasts: [Forecast]
  ) {
    self.version = version
    self.confidenceScale = confidenceScale
    self.sources = sources
    self.speakers = speakers
    self.questions = questions
    self.forecasts = forecasts
  }

  /// The source with this id.
  public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
  /// The speaker with this id.
  public func speaker(_ id: String) -> Speaker? { speakers.first { $0.id == id } }
  /// The question with this id.
  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
  /// The forecast with this id.
  public func forecast(_ id: String) -> Forecast? { forecasts.first { $0.id == id } }
  /// The forecasts about a question, in file order.
  public func forecasts(about questionID: String) -> [Forecast] {
    forecasts.filter { $0.question == questionID }
  }
}
