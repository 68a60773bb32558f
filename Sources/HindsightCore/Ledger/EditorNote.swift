/// An editor's note about a question or one forecast, such as what was searched for a forecast
/// that stays due. A note never changes a resolution.
public struct EditorNote: Hashable, Sendable, Codable {
  /// The question the note is about.
  public var question: String
  /// The forecast, when the note concerns only one forecast of the question.
  public var forecast: String?
  /// The day the note speaks as of (for a search: the day it was made).
  public var observed: Day
  /// The note itself.
  public var text: String

  /// Creates a note.
  public init(question: String, forecast: String? = nil, observed: Day, text: String) {
    self.question = question
    self.forecast = forecast
    self.observed = observed
    self.text = text
  }
}
