/// Fixed, locale-independent number formats for probabilities.
public enum ProbabilityFormat {
  /// A value in [0, 1] with exactly two decimals, e.g. `0.75`, `0.05`, `1.00`.
  public static func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let whole = hundredths / 100
    let fraction = abs(hundredths % 100)
    return "\(hundredths < 0 ? "-" : "")\(abs(whole)).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
