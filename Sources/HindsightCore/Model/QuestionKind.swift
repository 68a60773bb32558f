/// How a question is resolved.
public enum QuestionKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Something that happens (or not) on a date; forecasts give a window.
  case event
  /// A measured quantity; forecasts give a range or threshold and the date it is judged at.
  case numeric
  /// A proposition settled only by an editor's verdict.
  case binary
}
