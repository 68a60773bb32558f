import Foundation
import HindsightCore

/// Checks for free text given on the command line: stored and shown verbatim, so it must not
/// carry control characters that would garble a terminal or a report.
enum InputText {
  /// Throws when `text` holds a control character (line breaks included).
  static func check(_ text: String, option: String) throws {
    if let bad = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
      let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
      throw CLIError.invalidValue(
        option: option, value: text.debugDescription.dropFirst().dropLast().description,
        hint: "it contains the control character \(code); give plain text on one line.")
    }
  }

  /// The trimmed text, or an error when it is missing, blank or holds control characters.
  static func required(_ text: String?, option: String, hint: String) throws -> String {
    let trimmed = text?.trimmingCharacters(in: .whitespaces) ?? ""
    guard !trimmed.isEmpty else {
      throw CLIError.conflictingOptions("\(option) is required: \(hint)")
    }
    try check(trimmed, option: option)
    return trimmed
  }
}

/// Dates given on the command line.
enum InputDate {
  /// Throws when `day` lies outside `Day.plausibleYears`.
  static func requirePlausible(_ day: Day, option: String, text: String) throws {
    guard day.isPlausible else {
      throw CLIError.invalidValue(
        option: option, value: text,
        hint:
          "it is outside the years \(Day.plausibleYears.lowerBound)–\(Day.plausibleYears.upperBound) that hindsight accepts; check the date."
      )
    }
  }

  /// `--observed`: a `YYYY-MM-DD` day not after today; today when omitted.
  static func observed(_ text: String?, today: Day) throws -> Day {
    guard let text else { return today }
    guard let day = Day(text) else {
      throw CLIError.invalidValue(
        option: "--observed", value: text, hint: "write a date as YYYY-MM-DD, e.g. 2025-06-15.")
    }
    guard day <= today else {
      throw CLIError.invalidValue(
        option: "--observed", value: text,
        hint:
          "it is after today (\(today)); evidence records what has been observed, not what is expected."
      )
    }
    try requirePlausible(day, option: "--observed", text: text)
    return day
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
