import HindsightCore
import HindsightReports

/// ANSI escape sequences (SGR) for the few styles Hindsight uses; only applied when colour is on.
enum ANSIStyle {
  /// The reset sequence.
  static let reset = "\u{1B}[0m"

  /// `text` wrapped in the SGR codes, e.g. `wrap("x", "1")` for bold; empty text stays empty.
  static func wrap(_ text: String, _ codes: String) -> String {
    text.isEmpty ? text : "\u{1B}[\(codes)m\(text)\(reset)"
  }

  /// The SGR codes for a role: bold headings, dim labels and placeholders, and status colours
  /// (open blue, due yellow, true green, false red, annulled dim).
  static func codes(for role: TextRole) -> String {
    switch role {
    case .heading: "1"
    case .label, .dim: "2"
    case .status(let status):
      switch status {
      case .open: "34"
      case .due: "33"
      case .true: "32"
      case .false: "31"
      case .annulled: "2"
      }
    }
  }

  /// A text style that colours by role; trailing padding stays outside the escape codes.
  static let textStyle = TextStyle { role, text in
    var body = Substring(text)
    var padding = ""
    while body.last == " " {
      body.removeLast()
      padding += " "
    }
    return wrap(String(body), codes(for: role)) + padding
  }
}
