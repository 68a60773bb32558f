import Foundation
import Testing

@testable import HindsightCore

/// Fatebook's export, read from the FICTIONAL fixture `fatebook-fictional.csv`.
@Suite struct FatebookRowsTests {
  static func fixtureRows() throws -> [(record: Int, row: FlatRow)] {
    let url = try #require(
      Bundle.module.url(
        forResource: "fatebook-fictional.csv", withExtension: nil, subdirectory: "Fixtures"))
    var reader = CSVReader(bytes: Array(try Data(contentsOf: url)))
    var fields: [String] = []
    _ = try reader.next(into: &fields)
    let columns = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1, $0) })
    var records: [FatebookRows.Record] = []
    while try reader.next(into: &fields) {
      records.append(try FatebookRows.parse(fields, columns: columns, record: reader.record).get())
    }
    return FatebookRows.rows(records)
  }

  @Test func everyForecastIsAnUpdateCarryingTheResolution() throws {
    let rows = try FatebookRowsTests.fixtureRows()
    // Worked by hand from the fixture: six forecasts; Ada's two on the bridge question are
    // grouped, and both carry its resolution (YES, resolved 2030-06-01).
    #expect(rows.map(\.record) == [2, 4, 3, 5, 6, 7])
    #expect(
      rows.map(\.row.speaker) == [
        "fb-ada-example", "fb-ada-example", "fb-bo-fictional",
        "fb-bo-fictional", "fb-ada-example", "fb-bo-fictional",
      ])
    #expect(rows.map(\.row.p) == [0.6, 0.8, 0.3, 0.2, 0.55, 0.9])
    #expect(rows.map(\.row.outcome) == [.true, .true, .true, .annulled, nil, .false])
    #expect(
      rows.map { $0.row.resolvedOn?.description } == [
        "2030-06-01", "2030-06-01", "2030-06-01", "2030-01-10", nil, "2030-12-31",
      ])
    let bridge = rows[0].row
    #expect(bridge.question == rows[1].row.question)
    #expect(bridge.forecast == "\(bridge.question)-fb-ada-example-1")
    #expect(rows[1].row.forecast == "\(bridge.question)-fb-ada-example-2")
    #expect(bridge.claim == "Will the fictional Example Bridge open by 2030?")
    #expect(rows[1].row.claim == bridge.claim)
    // Each window runs from the day the forecast was made to the resolve-by day.
    #expect(bridge.windowFrom == Day("2029-01-05"))
    #expect(rows[1].row.windowFrom == Day("2029-06-01"))
    #expect(rows[1].row.windowTo == Day("2030-12-31"))
    #expect(bridge.tags == ["infrastructure"])
    #expect(rows[4].row.windowTo == Day("2031-03-01"))
    #expect(
      rows[5].row.questionTitle == "Will \"Gizmo\", the fictional gadget, ever ship? — Before 2031")
  }

  @Test func badRecordsAreNamed() {
    let columns = Dictionary(
      uniqueKeysWithValues: FatebookRows.required.enumerated().map { ($1, $0) })
    var fields = ["T", "Ada", "0.5", "2029-01-01 00:00:00", "2029-01-01 00:00:00", "", "MAYBE", ""]
    #expect(
      FatebookRows.parse(fields, columns: columns, record: 4).failureMessage
        == "Resolution 'MAYBE' is not YES, NO, AMBIGUOUS or empty")
    fields[6] = "YES"
    #expect(
      FatebookRows.parse(fields, columns: columns, record: 4).failureMessage
        == "Resolution YES needs a Resolved at time")
    fields[3] = "01/01/2029"
    #expect(
      FatebookRows.parse(fields, columns: columns, record: 4).failureMessage
        == "Forecast created at '01/01/2029' is not a time; Fatebook writes YYYY-MM-DD HH:MM:SS")
  }
}

extension Result where Failure == ImportProblem {
  var failureMessage: String? {
    if case .failure(let problem) = self { return problem.message }
    return nil
  }
}
