import HindsightCore

/// Number and phrase formats the Markdown and HTML renderers share, so both show the same
/// facts in the same words.
enum ReviewFormat {
  /// Shown for an undefined figure.
  static let none = "—"

  /// `value` with `digits` decimals (locale-independent), `—` when nil; never `-0.000`.
  static func fixed(_ value: Double?, digits: Int = 3) -> String {
    guard let value else { return none }
    let scale = (0..<max(0, digits)).reduce(1) { acc, _ in acc * 10 }
    let units = Int((value * Double(scale)).rounded())
    let sign = units < 0 ? "-" : ""
    guard digits > 0 else { return sign + "\(abs(units))" }
    let fraction = String(abs(units) % scale)
    let padded = String(repeating: "0", count: digits - fraction.count) + fraction
    return sign + "\(abs(units) / scale)." + padded
  }

  /// A change with its sign, e.g. `+0.012`, `-0.030`, `±0.000`.
  static func change(_ value: Double?) -> String {
    guard let value else { return none }
    let text = fixed(value)
    if text.allSatisfy({ $0 == "0" || $0 == "." || $0 == "-" }) { return "±" + fixed(0) }
    return value > 0 ? "+" + text : text
  }

  /// A figure and its change since the previous year end, e.g. `0.190 (+0.012)`, or
  /// `0.190 (new)` when there was none.
  static func figure(_ figure: ScoreFigure) -> String {
    guard figure.value != nil else { return none }
    let since = figure.previous == nil ? "new" : change(figure.change)
    return "\(fixed(figure.value)) (\(since))"
  }

  /// `0.75 (预计, from the scale; interval 0.65–0.80)`.
  static func confidence(_ confidence: Confidence) -> String {
    let basis =
      switch confidence.basis {
      case .stated: "stated by the speaker"
      case .scale: "from the confidence scale"
      case .editor: "set by the editor"
      }
    // A phrase written in parentheses, such as "(unhedged)", loses them inside these.
    let phrase =
      confidence.phrase.map { phrase in
        let bare =
          phrase.hasPrefix("(") && phrase.hasSuffix(")") && phrase.count > 2
          ? String(phrase.dropFirst().dropLast()) : phrase
        return "\(bare), "
      } ?? ""
    let low = ProbabilityFormat.twoDecimals(confidence.interval.lowerBound)
    let high = ProbabilityFormat.twoDecimals(confidence.interval.upperBound)
    let interval = low == high ? "" : "; interval \(low)–\(high)"
    return "\(ProbabilityFormat.twoDecimals(confidence.p)) (\(phrase)\(basis)\(interval))"
  }

  /// The Brier interval, e.g. `0.010–0.250 (bootstrap)`.
  static func brierInterval(_ scores: Scores) -> String {
    guard let ci = scores.brierCI95 else { return none }
    return "\(fixed(ci.low))–\(fixed(ci.high)) (\(ci.method.rawValue))"
  }

  /// A calibration bin's range, e.g. `70–80%` (the last bin `90–100%`).
  static func bin(_ bin: CalibrationBin) -> String {
    "\(Int((bin.lower * 100).rounded()))–\(Int((bin.upper * 100).rounded()))%"
  }

  /// A field change, e.g. `window.to: 2031-06-30 → 2031-12-31`.
  static func change(_ change: FieldChange) -> String {
    "\(change.field): \(change.old ?? "(none)") → \(change.new ?? "(none)")"
  }

  /// The warning for an amendment made after forecasts had closed, or nil.
  static func warning(_ item: AmendmentItem) -> String? {
    guard !item.afterCloseFor.isEmpty else { return nil }
    return "amended after close: \(item.afterCloseFor.joined(separator: ", ")) had already closed"
  }

  /// `overdue` / `due` / `open` for a to-do item.
  static func state(_ item: ToDoItem) -> String {
    item.overdue ? "overdue" : item.status.rawValue
  }
}
