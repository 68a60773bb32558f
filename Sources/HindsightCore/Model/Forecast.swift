/// One speaker's claim about a question.
public struct Forecast: Hashable, Sendable, Codable {
  /// A slug, unique across the catalog, e.g. `kai-fu-lee-five-or-six-survive`.
  public var id: String
  /// The question this forecast is about.
  public var question: String
  /// The speaker's id.
  public var speaker: String
  /// The source's id.
  public var source: String
  /// The day the speaker said it.
  public var saidOn: Day
  /// The verbatim quote, in the original language.
  public var quote: String
  /// An English translation of the quote (the catalog editor's).
  public var quoteEn: String
  /// The claim made precise enough to resolve.
  public var claim: String
  /// For `event` questions: when the speaker said the event would happen.
  public var window: Window?
  /// For `numeric` questions: the predicted range or threshold and the date it is judged at.
  public var target: NumericTarget?
  /// How sure the speaker sounded.
  public var confidence: Confidence
  /// An editor's note, e.g. why a horizon was assigned.
  public var note: String?
  /// The editor's judgement that the claim was already true on the day it was said, with the
  /// reason (`already_true_when_said` in the catalog); nil when the editor made no such
  /// judgement. Such a forecast shows nothing about the speaker's foresight.
  public var alreadyTrueWhenSaid: String?

  /// Creates a forecast.
  public init(
    id: String, question: String, speaker: String, source: String, saidOn: Day, quote: String,
    quoteEn: String, claim: String, window: Window? = nil, target: NumericTarget? = nil,
    confidence: Confidence, note: String? = nil, alreadyTrueWhenSaid: String? = nil
  ) {
    self.id = id
    self.question = question
    self.speaker = speaker
    self.source = source
    self.saidOn = saidOn
    self.quote = quote
    self.quoteEn = quoteEn
    self.claim = claim
    self.window = window
    self.target = target
    self.confidence = confidence
    self.note = note
    self.alreadyTrueWhenSaid = alreadyTrueWhenSaid
  }

  /// The day after which the forecast can be due: the window's end, or the numeric target's date.
  public var closesOn: Day? {
    window?.to ?? target?.at
  }
}

/// Whether a date range was said by the speaker or inferred by the catalog editor.
public enum WindowBasis: String, Hashable, Sendable, Codable, CaseIterable {
  /// The speaker named the period.
  case stated
  /// The catalog editor assigned it (a `note` says why).
  case editor
}

/// The days between which an event was forecast to happen, both included.
public struct Window: Hashable, Sendable, Codable {
  /// The first day of the window.
  public var from: Day
  /// The last day of the window.
  public var to: Day
  /// Who set the window.
  public var basis: WindowBasis

  /// Creates a window.
  public init(from: Day, to: Day, basis: WindowBasis) {
    self.from = from
    self.to = to
    self.basis = basis
  }

  /// Whether `day` lies in the window, ends included.
  public func contains(_ day: Day) -> Bool {
    from <= day && day <= to
  }
}

/// A predicted value range for a `numeric` question, judged at one date.
public struct NumericTarget: Hashable, Sendable, Codable {
  /// The date the value is judged at.
  public var at: Day
  /// The smallest value that makes the claim true (inclusive), if bounded below.
  public var min: Double?
  /// The largest value that makes the claim true (inclusive), if bounded above.
  public var max: Double?
  /// Who set the date.
  public var basis: WindowBasis

  /// Creates a target; at least one of `min` and `max` should be given.
  public init(at: Day, min: Double?, max: Double?, basis: WindowBasis) {
    self.at = at
    self.min = min
    self.max = max
    self.basis = basis
  }

  /// Whether an observed value satisfies the range.
  public func isSatisfied(by value: Double) -> Bool {
    if let min, value < min { return false }
    if let max, value > max { return false }
    return true
  }
}
