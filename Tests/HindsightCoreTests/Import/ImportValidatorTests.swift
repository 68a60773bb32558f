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
      importedSpeakers: ["old"], importedQuestions: ["oq"], importedForecasts: ["of"])
    var validator = ImportValidator(file: "in.csv", existing: existing, cap: 7)
    var accepted: [Bool] = []
    accepted.append(validator.check(row("f1"), record: 2))
    // The ledger's unique index finds the repeated id when the row is inserted.
    accepted.append(validator.check(row("f1"), record: 3))
    validator.reportDuplicate(row("f1"), record: 3, first: .thisFile(record: 2))
    accepted.append(validator.check(row("cf"), record: 4))
    accepted.append(validator.check(row("of"), record: 5))
    accepted.append(validator.check(row("f2", title: "Other"), record: 6))
    accepted.append(validator.check(row("f3", question: "cq"), record: 7))
    accepted.append(validator.check(row("f4", question: "oq"), record: 8))
    accepted.append(validator.check(row("f5", name: "Ada E."), record: 9))
    accepted.append(validator.check(row("f6", question: "q9", speaker: "kai"), record: 10))
    accepted.append(validator.check(row("f7", question: "q8", speaker: "old"), record: 11))
    #expect(accepted == [true, true] + Array(repeating: false, count: 8))
    #expect(
      validator.report == [
        "in.csv:3: forecast id 'f1' is already used on row 2",
        "in.csv:4: forecast id 'cf' is already a forecast of the catalog",
        "in.csv:5: forecast id 'of' was already imported by an earlier import",
        "in.csv:6: question 'q1' has a different question_title or tags than on row 2; every row of a question must repeat them",
        "in.csv:7: question id 'cq' is already a question of the catalog",
        "in.csv:8: question id 'oq' was already imported by an earlier import",
        "in.csv:9: speaker 'ada' has a different speaker_name than on row 2",
        "… and 2 more bad rows (9 in all).",
      ])
    #expect(validator.rows == 1)
    #expect(validator.badRows == 9)
  }
}

/// Problems reported out of order (as repeated forecast ids are, when rows are inserted) are
/// listed in file order, and the first `cap` by record are kept (FICTIONAL rows).
@Suite struct ImportValidatorOrderTests {
  @Test func lateReportsAreSortedIntoFileOrder() {
    var validator = ImportValidator(file: "in.csv", existing: .init(), cap: 3)
    for record in [5, 7, 9, 11] { validator.report(ImportProblem("bad \(record)"), record: record) }
    validator.reportDuplicate(
      forecast: "f1", hasOutcome: false, record: 3, first: .thisFile(record: 2))
    #expect(
      validator.report == [
        "in.csv:3: forecast id 'f1' is already used on row 2", "in.csv:5: bad 5",
        "in.csv:7: bad 7", "… and 2 more bad rows (5 in all).",
      ])
  }
}
