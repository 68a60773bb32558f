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
    return String(
      format: "%@T%02d:%02d:%02d.%03dZ", day.description, secondOfDay / 3600,
      (secondOfDay % 3600) / 60, secondOfDay % 60, ms)
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (UTC) or a bare `YYYY-MM-DD` (its end, 23:59:59.999 UTC).
  public static func parse(_ text: String) -> Date? {
    if let day = Day(text) {
      return Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch + 1) * 86_400 - 0.001)
    }
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
    let total =
      TimeInterval(day.daysSinceEpoch) * 86_400 + TimeInterval(hour * 3600 + minute * 60 + second)
      + fraction
    return Date(timeIntervalSince1970: total)
  }
}
