import Foundation
import HindsightCore
import PropertyBased
import Testing

/// `Day` parses strict `YYYY-MM-DD`, counts days exactly, and round-trips.
/// Expected day numbers are from Python: `(date(2023, 12, 14) - date(1970, 1, 1)).days`.
@Suite struct DayTests {
  @Test func parsesAndCounts() throws {
    let day = try #require(Day("2023-12-14"))
    #expect(day.daysSinceEpoch == 19_705)
    #expect(day.description == "2023-12-14")
    #expect(Day("1970-01-01")?.daysSinceEpoch == 0)
    #expect(Day("1969-12-31")?.daysSinceEpoch == -1)
    #expect(Day("2024-02-29")?.daysSinceEpoch == 19_782)
    #expect(try #require(Day("2025-12-14")).days(to: try #require(Day("2026-12-14"))) == 365)
    #expect(Day.yearEnd(2025) == Day("2025-12-31"))
  }

  @Test(arguments: [
    "2023-02-29", "2023-13-01", "2023-00-10", "2023-12-32", "23-12-14", "2023-1-14",
    "2023/12/14", "2023-12-14T00:00:00Z", " 2023-12-14", "２０２３-12-14", "", "2023-12-1a",
  ])
  func rejectsWhatIsNotAStrictDate(_ text: String) {
    #expect(Day(text) == nil)
  }

  @Test func roundTripsThroughItsText() async {
    await propertyCheck(input: Gen.int(in: -200_000...200_000)) { number in
      let day = Day(daysSinceEpoch: number)
      #expect(Day(day.description) == day)
      let (y, m, d) = day.components
      #expect(Day(year: y, month: m, day: d) == day)
    }
  }

  @Test func containingAnInstantIsTheUTCDay() {
    // 2023-12-14T23:59:59Z and 2023-12-15T00:00:00Z.
    #expect(Day(containing: Date(timeIntervalSince1970: 1_702_598_399)) == Day("2023-12-14"))
    #expect(Day(containing: Date(timeIntervalSince1970: 1_702_598_400)) == Day("2023-12-15"))
  }
}

/// Ledger timestamps: ISO 8601 UTC with milliseconds, and the forms `--known-by` accepts.
@Suite struct TimestampTests {
  @Test func formatsWithMilliseconds() {
    // 1_702_598_400.123 s after the epoch is 2023-12-15T00:00:00.123Z (date -u -d @1702598400).
    #expect(
      Timestamp.format(Date(timeIntervalSince1970: 1_702_598_400.123)) == "2023-12-15T00:00:00.123Z"
    )
  }

  @Test func parsesFullTimesAndDays() {
    #expect(Timestamp.parse("2023-12-15T00:00:00Z")?.timeIntervalSince1970 == 1_702_598_400)
    #expect(Timestamp.parse("2023-12-15T00:00:00.5Z")?.timeIntervalSince1970 == 1_702_598_400.5)
    // A bare day means its last millisecond.
    #expect(Timestamp.parse("2023-12-14")?.timeIntervalSince1970 == 1_702_598_399.999)
  }

  @Test(arguments: [
    "2023-12-15T00:00:00", "2023-12-15 00:00:00Z", "2023-12-15T24:00:00Z", "yesterday", "",
  ])
  func rejectsOtherForms(_ text: String) {
    #expect(Timestamp.parse(text) == nil)
  }

  @Test func formatThenParseIsExactToTheMillisecond() async {
    await propertyCheck(count: 2000, input: Gen.int(in: 0...4_000_000_000_000)) { millis in
      let date = Date(timeIntervalSince1970: Double(millis) / 1000)
      let text = Timestamp.format(date)
      #expect(Timestamp.format(Timestamp.parse(text)!) == text)
    }
  }
}
