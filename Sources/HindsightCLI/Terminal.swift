import Foundation
import HindsightCore
import HindsightReports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the terminal standard output goes to, and the colour decision.
enum Terminal {
  /// The width used when neither the terminal nor `COLUMNS` gives one.
  static let defaultWidth = 100

  /// Whether standard output is a terminal.
  static var isStandardOutputTTY: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The width tables must fit in, in cells: the terminal's (TIOCGWINSZ) when standard output
  /// is a terminal, else a positive `COLUMNS`, else `defaultWidth`.
  static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
    if isStandardOutputTTY {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        return Int(size.ws_col)
      }
    }
    return width(columnsVariable: environment["COLUMNS"])
  }

  /// The width from the `COLUMNS` variable when it is a positive integer, else `defaultWidth`.
  static func width(columnsVariable: String?) -> Int {
    guard let text = columnsVariable?.trimmingCharacters(in: .whitespaces),
      let value = Int(text), value > 0
    else { return defaultWidth }
    return value
  }

  /// Whether to colour output: `always` colours, `never` does not, `auto` colours only when
  /// standard output is a terminal and `NO_COLOR` is unset or empty (https://no-color.org).
  static func useColor(choice: ColorChoice, isTTY: Bool, noColor: String?) -> Bool {
    switch choice {
    case .always: true
    case .never: false
    case .auto: isTTY && (noColor ?? "").isEmpty
    }
  }

  /// The colour decision for this process's standard output and environment.
  static func useColor(_ choice: ColorChoice) -> Bool {
    useColor(
      choice: choice, isTTY: isStandardOutputTTY,
      noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
  }

  /// The text style for output: ANSI colours when `color` is true, plain text otherwise.
  static func style(color: Bool) -> TextStyle {
    color ? ANSIStyle.textStyle : .plain
  }
}
