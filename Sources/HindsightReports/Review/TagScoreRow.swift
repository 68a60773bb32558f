import HindsightCore

/// One row of the review's table by tag: every speaker's forecasts about questions with the
/// tag, pooled at the year end.
public struct TagScoreRow: Hashable, Sendable {
  /// The tag.
  public var tag: String
  /// Where the tag's forecasts stand.
  public var tally: ForecastTally
  /// Their pooled scores.
  public var scores: Scores
  /// How many speakers forecast on the tag.
  public var speakers: Int

  /// Creates a row.
  public init(tag: String, tally: ForecastTally, scores: Scores, speakers: Int) {
    self.tag = tag
    self.tally = tally
    self.scores = scores
    self.speakers = speakers
  }

  /// The row of a tag's scorecard.
  public init(_ tagged: TaggedScorecard) {
    self.init(
      tag: tagged.tag, tally: tagged.card.overall.tally, scores: tagged.card.overall.scores,
      speakers: tagged.speakerCount)
  }
}
