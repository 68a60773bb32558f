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
  /// Every source id, in file order (nil when the sources could not be read: skip the check).
  var sourceIDs: [String]?
  /// Every speaker id, in file order (nil when the speakers could not be read: skip the check).
  var speakerIDs: [String]?
}
