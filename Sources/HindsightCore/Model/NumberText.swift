/// Numbers as people write them: whole numbers without a decimal point or exponent.
public enum NumberText {
  /// `21500000000` rather than `2.15e+10`; fractions as Swift's shortest form.
  public static func plain(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
