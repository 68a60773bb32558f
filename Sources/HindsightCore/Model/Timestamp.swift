import Foundation

/// UTC timestamps as the ledger writes and reads them: `2026-01-15T08:30:00.123Z`.
public enum Timestamp {
  /// Formats an instant as ISO 8601 UTC with milliseconds, rounded to the nearest millisecond
  /// (so formatting what `parse` read gives back the same text).
  public static func format(_ date: Date) -> String {
    let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
    let seconds = Int((Double(millis) / 1000).rounded(.down))
    let day = Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    let secondOfDay = seconds - day.daysSinceEpoch * 86_400
    let ms = Int(millis - Int64(seconds) * 1000)
    let clock = [secondOfDay / 3600, (secondOfDay % 3600) / 60, secondOfDay % 60].map {
      NumberText.zeroPadded($0, width: 2)
    }
    return
      "\(day.description)T\(clock.joined(separator: ":")).\(NumberText.zeroPadded(ms, width: 3))Z"
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (UTC) or a bare `YYYY-MM-DD` (its end, 23:59:59.999 UTC).
  public static func parse(_ text: String) -> Date? {
    if let day = Day(text) {
      return Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch + 1) * 86_400 - 0.001)
    }
    if let date = parseCanonical(text) { return date }
    guard text.hasSuffix("Z"), text.count >= 20 else { return nil }
    let body = text.dropLast()
    let halves = body.split(separator: "T", omittingEmptySubsequences: false)
    guard halves.count == 2, let day = Day(String(halves[0])) else { return nil }
    let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 3, clock[0].count == 2, clock[1].count == 2,
      let hour = Int(clock[0]), let minute = Int(clock[1]),
      (0...23).contains(hour), (0...59).contains(minute)
    else { return nil }
    let secondText = clock[2]
    let secondParts = secondText.split(separator: ".", omittingEmptySubsequences: false)
    guard secondParts[0].count == 2, let second = Int(secondParts[0]), (0...59).contains(second)
    else { return nil }
    var fraction = 0.0
    if secondParts.count == 2 {
      guard (1...9).contains(secondParts[1].count), secondParts[1].allSatisfy(\.isNumber),
        let value = Double("0." + secondParts[1])
      else { return nil }
      fraction = value
    } else if secondParts.count > 2 {
      return nil
    }
    return instant(day: day, second: hour * 3600 + minute * 60 + second, fraction: fraction)
  }

  /// The instant of `YYYY-MM-DDTHH:MM:SS.fffZ`, the form `format` writes, read from its bytes;
  /// nil for any other text (which `parse` then reads the long way).
  private static func parseCanonical(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard let day = Day(String(decoding: bytes[0..<10], as: UTF8.self)),
      let hour = number(11..<13), hour <= 23, let minute = number(14..<16), minute <= 59,
      let second = number(17..<19), second <= 59, let millis = number(20..<23)
    else { return nil }
    // millis / 1000 is the double nearest the decimal 0.fff, as the long way reads it.
    return instant(
      day: day, second: hour * 3600 + minute * 60 + second, fraction: Double(millis) / 1000)
  }

  private static func instant(day: Day, second: Int, fraction: Double) -> Date {
    Date(
      timeIntervalSince1970: TimeInterval(day.daysSinceEpoch) * 86_400 + TimeInterval(second)
        + fraction)
  }
}
