import Foundation

/// A calendar date without a time of day, in the proleptic Gregorian calendar.
///
/// Dates in the catalog and in evidence are whole days (`YYYY-MM-DD`); `Day` keeps them
/// as a day number so comparison and arithmetic are exact and time-zone free.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// Days since 1970-01-01 (negative before it).
  public let daysSinceEpoch: Int

  /// Creates a day from its number of days since 1970-01-01.
  public init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// Creates a day from a year, month and day of month, or returns nil when no such date exists.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= Day.daysIn(month: month, year: year)
    else { return nil }
    self.daysSinceEpoch = Day.civilToDays(year: year, month: month, day: day)
  }

  /// Parses a strict `YYYY-MM-DD` string, or returns nil.
  public init?(_ text: String) {
    // Ten ASCII bytes: four digits, '-', two digits, '-', two digits.
    var year = 0
    var month = 0
    var day = 0
    var count = 0
    for byte in text.utf8 {
      guard count < 10 else { return nil }
      if count == 4 || count == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        switch count {
        case 0..<4: year = year * 10 + digit
        case 5..<7: month = month * 10 + digit
        default: day = day * 10 + digit
        }
      }
      count += 1
    }
    guard count == 10 else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The UTC day that contains the given instant.
  public init(containing date: Date) {
    self.daysSinceEpoch = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
  }

  /// Year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    Day.daysToCivil(daysSinceEpoch)
  }

  /// The year of this day.
  public var year: Int { components.year }

  /// The day `count` days after this one (before it when negative).
  public func adding(days count: Int) -> Day {
    Day(daysSinceEpoch: daysSinceEpoch + count)
  }

  /// Whole days from this day to `other` (negative when `other` is earlier).
  public func days(to other: Day) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// The first instant of this day, in UTC.
  public var startDate: Date {
    Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch) * 86_400)
  }

  /// The years a date from any input may fall in (docs/cli.md, "Dates"): a forecast, an
  /// observation or a cut outside them is a typing mistake, and one such date would make every
  /// year-end history run from year 1.
  public static let plausibleYears = 1900...2200

  /// The days of `plausibleYears`, compared by day number (no calendar arithmetic per check).
  static let plausibleDays =
    Day(year: plausibleYears.lowerBound, month: 1, day: 1)!...Day(
      year: plausibleYears.upperBound, month: 12, day: 31)!

  /// Whether the day lies in `plausibleYears`.
  public var isPlausible: Bool { Day.plausibleDays.contains(self) }

  /// 31 December of the given year.
  public static func yearEnd(_ year: Int) -> Day {
    Day(daysSinceEpoch: civilToDays(year: year, month: 12, day: 31))
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = components
    guard (0...9999).contains(y) else {
      return NumberText.zeroPadded(y, width: 4) + "-" + NumberText.zeroPadded(m, width: 2) + "-"
        + NumberText.zeroPadded(d, width: 2)
    }
    // Ten ASCII digits and dashes written in place: a day is printed for every row of a
    // listing of a million forecasts.
    return String(unsafeUninitializedCapacity: 10) { buffer in
      func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value) }
      buffer[0] = digit(y / 1000)
      buffer[1] = digit(y / 100 % 10)
      buffer[2] = digit(y / 10 % 10)
      buffer[3] = digit(y % 10)
      buffer[4] = UInt8(ascii: "-")
      buffer[5] = digit(m / 10)
      buffer[6] = digit(m % 10)
      buffer[7] = UInt8(ascii: "-")
      buffer[8] = digit(d / 10)
      buffer[9] = digit(d % 10)
      return 10
    }
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    lhs.daysSinceEpoch < rhs.daysSinceEpoch
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a YYYY-MM-DD date")
    }
    self = day
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days_from_civil / civil_from_days.
  static func civilToDays(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func daysToCivil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
