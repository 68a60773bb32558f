/// What reading a forecast needs to know about its question and the rest of the catalog.
struct ForecastContext {
  /// The parent question's id (nil when it was missing or invalid).
  var questionID: String?
  /// How problems name the parent question, e.g. `question 'ai-phone-share'`.
  var questionLabel: String
  /// The parent question's kind (nil when it was missing or invalid).
  var kind: QuestionKind?
  /// The catalog's confidence scale.
  var scale: ConfidenceScale
  /// The rest, read once for every question.
  var known: KnownNames
}

/// The sources, speakers and scale phrases forecasts refer to, indexed once for the whole file
/// (so that checking a reference costs the same however many there are).
struct KnownNames {
  /// Every source id, in file order (nil when the sources could not be read: skip the check).
  var sourceIDs: NameIndex?
  /// Every speaker id, in file order (nil when the speakers could not be read: skip the check).
  var speakerIDs: NameIndex?
  /// The set of each.
  var sources: Set<String> = []
  var speakers: Set<String> = []
  /// Each normalised scale phrase and its row (the first row, when a phrase is listed twice).
  var phrases: [String: ConfidenceLevel] = [:]
  /// Every scale phrase, for suggestions.
  var allPhrases = NameIndex([])
}
