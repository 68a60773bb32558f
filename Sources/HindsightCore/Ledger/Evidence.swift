/// How strongly an assessment supports or refutes a claim.
public enum Strength: String, Hashable, Sendable, Codable, CaseIterable {
  case weak, moderate, strong
}

/// What an evidence entry observed.
public enum Observation: Hashable, Sendable, Codable {
  /// The question's event occurred on the `observed` date.
  case occurred
  /// The event had not occurred as of the `observed` date.
  case notOccurred
  /// The question's metric had this value on the `observed` date.
  case value(Double)
  /// An assessment that the evidence supports the claim.
  case supports(Strength)
  /// An assessment that the evidence refutes the claim.
  case refutes(Strength)
}

/// A sourced observation about a question (or about one forecast).
public struct Evidence: Hashable, Sendable, Codable {
  /// The question the evidence is about.
  public var question: String
  /// The forecast, when the evidence concerns only one forecast of the question.
  public var forecast: String?
  /// The day the observation holds for.
  public var observed: Day
  /// A URL or citation (required).
  public var source: String
  /// A short description.
  public var summary: String
  /// What was observed.
  public var observation: Observation
  /// The source's title, publisher, publication day and the verbatim passage, where recorded.
  public var citation: Citation

  /// Creates an evidence record.
  public init(
    question: String, forecast: String? = nil, observed: Day, source: String, summary: String,
    observation: Observation, citation: Citation = Citation()
  ) {
    self.question = question
    self.forecast = forecast
    self.observed = observed
    self.source = source
    self.summary = summary
    self.observation = observation
    self.citation = citation
  }
}
