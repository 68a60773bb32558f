import Testing

@testable import HindsightCore

/// Collisions and consistency across rows, with row numbers (FICTIONAL data).
@Suite struct ImportValidatorTests {
  private func row(
    _ forecast: String, question: String = "q1", title: String = "Demo", speaker: String = "ada",
    name: String = "Ada"
  ) -> FlatRow {
    FlatRow(
      speaker: speaker, speakerName: name, question: question, questionTitle: title,
      forecast: forecast, claim: "c", saidOn: Day("2024-01-01")!, p: 0.5)
  }

  @Test func reportsEveryCollisionWithItsRow() {
    let existing = ImportValidator.Existing(
      catalogSpeakers: ["kai"], catalogQuestions: ["cq"], catalogForecasts: ["cf"],
      importedSpeakers: ["old"], importedQuestions: ["oq"])
    var validator = ImportValidator(file: "in.csv", existing: existing, cap: 7)
    var accepted: [Bool] = []
    var lookUps: [ImportLookUps] = []
    func check(_ row: FlatRow, _ record: Int) {
      accepted.append(validator.check(row, record: record))
      lookUps.append(validator.lookUps)
    }
    check(row("f1"), 2)
    check(row("f1"), 3)
    check(row("cf"), 4)
    check(row("old"), 5)
    check(row("f2", title: "Other"), 6)
    check(row("f3", question: "cq"), 7)
    // A question and a speaker of an earlier import are named again: the inserting side
    // compares them with the ledger.
    check(row("f4", question: "oq"), 8)
    check(row("f5", name: "Ada E."), 9)
    check(row("f6", question: "q9", speaker: "kai"), 10)
    check(row("f7", question: "q8", speaker: "old"), 11)
    #expect(
      accepted == [true, false, false, false, false, false, true, false, false, true])
    #expect(lookUps[6] == .question)
    #expect(lookUps[9] == .speaker)
    #expect(lookUps[0] == [])
    #expect(
      validator.report == [
        "in.csv:3: forecast id 'f1' is already used on row 2",
        "in.csv:4: forecast id 'cf' is already a forecast of the catalog",
        "in.csv:5: forecast id 'old' is already a speaker of an earlier import; ids must name one thing",
        "in.csv:6: question 'q1' has a different question_title or tags than on row 2; every row of a question must repeat them",
        "in.csv:7: question id 'cq' is already a question of the catalog",
        "in.csv:9: speaker 'ada' has a different speaker_name than on row 2",
        "in.csv:10: speaker id 'kai' is already a speaker of the catalog",
      ])
    #expect(validator.rows == 3)
    #expect(validator.badRows == 7)
    // ada is new; old is an earlier import's.
    #expect(validator.newSpeakers == 1)
  }

  /// Rows of one question that make the same claim must agree on its outcome; another claim
  /// may be settled otherwise.
  @Test func rowsOfOneClaimAgreeOnTheOutcome() {
    var validator = ImportValidator(file: "in.csv", existing: .init())
    func settled(_ forecast: String, _ outcome: VerdictOutcome, _ day: String, claim: String = "c")
      -> FlatRow
    {
      var row = row(forecast)
      row.claim = claim
      row.outcome = outcome
      row.resolvedOn = Day(day)
      return row
    }
    let accepted = [
      validator.check(settled("f1", .true, "2024-06-01"), record: 2),
      validator.check(row("f2"), record: 3),
      validator.check(settled("f3", .false, "2024-06-01"), record: 4),
      validator.check(settled("f4", .true, "2024-06-02"), record: 5),
      validator.check(settled("f5", .false, "2024-06-01", claim: "not c"), record: 6),
      validator.check(settled("f6", .true, "2024-06-01"), record: 7),
      validator.check(settled("f7", .annulled, "2024-07-01", claim: "d"), record: 8),
      validator.check(settled("f8", .true, "2024-07-01", claim: "d"), record: 9),
    ]
    #expect(accepted == [true, true, false, false, true, true, true, false])
    #expect(
      validator.report == [
        "in.csv:4: question 'q1' is settled as true on 2024-06-01 by row 2 (the same claim); this row gives false on 2024-06-01",
        "in.csv:5: question 'q1' is settled as true on 2024-06-01 by row 2 (the same claim); this row gives true on 2024-06-02",
        "in.csv:9: question 'q1' is settled as annulled on 2024-07-01 by row 8 (the same claim); this row gives true on 2024-07-01",
      ])
  }
}

/// Problems reported out of order (as the ledger's refusals are, when rows are inserted) are
/// listed in file order, and the first `cap` by record are kept (FICTIONAL rows).
@Suite struct ImportValidatorOrderTests {
  @Test func lateReportsAreSortedIntoFileOrder() {
    var validator = ImportValidator(file: "in.csv", existing: .init(), cap: 3)
    for record in [5, 7, 9, 11] { validator.report(ImportProblem("bad \(record)"), record: record) }
    validator.report(ImportProblem("forecast id 'f1' is already used on row 2"), record: 3)
    #expect(
      validator.report == [
        "in.csv:3: forecast id 'f1' is already used on row 2", "in.csv:5: bad 5",
        "in.csv:7: bad 7", "… and 2 more bad rows (5 in all).",
      ])
  }
}
