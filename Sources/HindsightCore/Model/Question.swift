/// A resolvable proposition about the world that one or more forecasts are about.
public struct Question: Hashable, Sendable, Codable {
  /// A slug, e.g. `autonomous-driving-chatgpt-moment`.
  public var id: String
  /// A short title.
  public var title: String
  /// How the question resolves.
  public var kind: QuestionKind
  /// Operational resolution criteria a stranger could apply.
  public var criteria: String
  /// Free-form tags for filtering.
  public var tags: [String]
  /// For `numeric` questions: what is measured, in which unit, and how far an observation may be from a forecast's date.
  public var metric: Metric?
  /// An editor's note.
  public var note: String?

  /// Creates a question.
  public init(
    id: String, title: String, kind: QuestionKind, criteria: String, tags: [String],
    metric: Metric? = nil, note: String? = nil
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.criteria = criteria
    self.tags = tags
    self.metric = metric
    self.note = note
  }
}

/// What a `numeric` question measures.
public struct Metric: Hashable, Sendable, Codable {
  /// What is measured, e.g. "Xiaomi Group R&D expenses for the calendar year".
  public var name: String
  /// The unit of the values, e.g. `CNY`.
  public var unit: String
  /// How many days an observation may lie from a forecast's `at` date and still judge it.
  public var toleranceDays: Int

  /// Creates a metric description.
  public init(name: String, unit: String, toleranceDays: Int) {
    self.name = name
    self.unit = unit
    self.toleranceDays = toleranceDays
  }
}
