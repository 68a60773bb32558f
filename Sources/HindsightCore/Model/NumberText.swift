/// Numbers as people write them: whole numbers without a decimal point or exponent.
public enum NumberText {
  /// A number in the one grammar every input shares (docs/cli.md, "Numbers"): an optional
  /// minus sign, decimal digits with at most one point among or around them, optionally an
  /// exponent (`e` or `E`, an optional sign, digits) — `12`, `-5`, `0.75`, `.5`, `2.15e10`. Nil
  /// for anything else: hexadecimal (`0x10`, `0x1p-1`), `inf`, `nan`, a leading `+`, white
  /// space, and values too large to be finite.
  public static func decimal(_ text: String) -> Double? {
    var bytes = text.utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    func digits() -> Int {
      let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
      bytes = bytes.dropFirst(count)
      return count
    }
    var count = digits()
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      count += digits()
    }
    guard count > 0 else { return nil }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      guard digits() > 0 else { return nil }
    }
    guard bytes.isEmpty, let value = Double(text), value.isFinite else { return nil }
    return value
  }

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
