/// Fixed, locale-independent number formats for probabilities and scores.
public enum ProbabilityFormat {
  /// A value in [0, 1] with exactly two decimals, e.g. `0.75`, `0.05`, `1.00`.
  public static func twoDecimals(_ value: Double) -> String {
    fixed(value, places: 2)
  }

  /// A value with exactly `places` decimals, rounding halves away from zero, e.g.
  /// `fixed(0.1234, places: 3)` is `0.123` and `fixed(-0.5, places: 2)` is `-0.50`.
  public static func fixed(_ value: Double, places: Int) -> String {
    var scale = 1
    for _ in 0..<max(places, 0) { scale *= 10 }
    let scaled = Int((value * Double(scale)).rounded())
    let whole = abs(scaled) / scale
    let fraction = String(abs(scaled) % scale)
    let padded = String(repeating: "0", count: max(places - fraction.count, 0)) + fraction
    return (scaled < 0 ? "-" : "") + "\(whole)" + (places > 0 ? "." + padded : "")
  }

  /// Like ``fixed(_:places:)`` with a `+` before positive values, e.g. `+0.12`, `-0.30`,
  /// `0.00`.
  public static func signed(_ value: Double, places: Int) -> String {
    let text = fixed(value, places: places)
    return text.first == "-" || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
  }
}
