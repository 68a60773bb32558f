/// One speaker's scores.
public struct SpeakerScores: Hashable, Sendable {
  /// The speaker's identifier.
  public var speaker: String
  /// The speaker's scores.
  public var scores: Scores

  /// Creates a speaker's scores.
  public init(speaker: String, scores: Scores) {
    self.speaker = speaker
    self.scores = scores
  }
}

/// Scores per speaker (sorted by identifier) and pooled over every forecast.
public struct ScoreGroups: Hashable, Sendable {
  /// One entry per speaker, sorted by the speaker's identifier.
  public var speakers: [SpeakerScores]
  /// The scores of all forecasts pooled.
  public var overall: Scores

  /// Creates grouped scores.
  public init(speakers: [SpeakerScores], overall: Scores) {
    self.speakers = speakers
    self.overall = overall
  }

  /// The scores of one speaker, or `nil` if the speaker has no scored forecasts.
  public func scores(for speaker: String) -> Scores? {
    speakers.first { $0.speaker == speaker }?.scores
  }
}
