/// Numbers as people write them: whole numbers without a decimal point or exponent.
public enum NumberText {
  /// `21500000000` rather than `2.15e+10`; fractions as Swift's shortest form.
  public static func plain(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  /// A whole number in decimal, padded with leading zeros to at least `width` characters, the
  /// minus sign included, as C's `%0*d` writes it (`2024`, `07`, `-05`).
  public static func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value.magnitude)
    let sign = value < 0 ? "-" : ""
    let padding = max(0, width - sign.count - digits.count)
    return sign + String(repeating: "0", count: padding) + digits
  }
}
