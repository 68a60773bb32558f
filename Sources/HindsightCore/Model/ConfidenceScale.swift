import Foundation

/// One row of the confidence scale: hedge phrases that map to a probability and an interval.
public struct ConfidenceLevel: Hashable, Sendable, Codable {
  /// A slug for the row, e.g. `probably`.
  public var id: String
  /// Every phrase (any language) that maps to this row, e.g. `["probably", "预计", "预判", "估计"]`.
  public var phrases: [String]
  /// The probability the phrases map to.
  public var p: Double
  /// The interval of plausible readings (a survey's interquartile range, or the editor's).
  public var interval: ClosedRange<Double>
  /// `stated` is never used here; `scale` means a published survey, `editor` a judgement of the catalog editor.
  public var basis: ConfidenceBasis
  /// Where the numbers come from, or why the editor chose them.
  public var reference: String

  /// Creates a scale row.
  public init(
    id: String, phrases: [String], p: Double, interval: ClosedRange<Double>,
    basis: ConfidenceBasis, reference: String
  ) {
    self.id = id
    self.phrases = phrases
    self.p = p
    self.interval = interval
    self.basis = basis
    self.reference = reference
  }
}

/// The table that turns hedge phrases into probabilities.
public struct ConfidenceScale: Hashable, Sendable, Codable {
  /// The rows, in catalog order.
  public var levels: [ConfidenceLevel]

  /// Creates a scale from its rows.
  public init(levels: [ConfidenceLevel]) {
    self.levels = levels
  }

  /// The row that lists `phrase` (compared exactly after trimming and case folding), if any.
  public func level(for phrase: String) -> ConfidenceLevel? {
    let key = ConfidenceScale.normalise(phrase)
    return levels.first { $0.phrases.contains { ConfidenceScale.normalise($0) == key } }
  }

  /// Every phrase the scale knows, in catalog order.
  public var allPhrases: [String] { levels.flatMap(\.phrases) }

  /// The phrase without leading or trailing blanks (spaces of Unicode category Zs and tabs,
  /// Foundation's `CharacterSet.whitespaces`), lowercased.
  static func normalise(_ phrase: String) -> String {
    let scalars = phrase.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }),
      let last = scalars.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(Substring(scalars[first...last])).lowercased()
  }

  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
  }
}
