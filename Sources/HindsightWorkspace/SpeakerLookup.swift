import HindsightCore

/// Speakers named on the command line.
public enum SpeakerLookup {
  /// The id of the speaker each value names (an id, or a name compared folded), or
  /// `LookupError.unknownSpeaker` for the first value that names none.
  public static func ids(_ values: [String], among speakers: [Speaker]) throws -> [String] {
    try values.map { value in
      guard let speaker = speakers.named(value) else {
        throw LookupError.unknownSpeaker(
          value, closest: EditDistance.closest(to: value, in: speakers.map(\.id)))
      }
      return speaker.id
    }
  }
}
