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
  /// The width used on a terminal that reports no size when `COLUMNS` gives none either.
  static let defaultWidth = 80

  /// Whether standard output is a terminal.
  static var isStandardOutputTTY: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The width tables must fit in, in cells, or nil for no limit: the terminal's (TIOCGWINSZ)
  /// when standard output is a terminal, else a positive `COLUMNS`, else `defaultWidth` on a
  /// terminal and no limit through a pipe or into a file.
  static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
    var reported: Int?
    if isStandardOutputTTY {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        reported = Int(size.ws_col)
      }
    }
    return width(
      terminal: reported, isTTY: isStandardOutputTTY, columnsVariable: environment["COLUMNS"])
  }

  /// The width rule of `width(environment:)` on its inputs: the terminal's reported width,
  /// whether standard output is a terminal, and the `COLUMNS` variable.
  static func width(terminal: Int?, isTTY: Bool, columnsVariable: String?) -> Int? {
    if isTTY, let terminal, terminal > 0 { return terminal }
    if let columns = columns(columnsVariable) { return columns }
    return isTTY ? defaultWidth : nil
  }

  /// The `COLUMNS` variable's value when it is a positive whole number, else nil.
  static func columns(_ variable: String?) -> Int? {
    guard let text = variable?.trimmingCharacters(in: .whitespaces), let value = Int(text),
      value > 0
    else { return nil }
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
