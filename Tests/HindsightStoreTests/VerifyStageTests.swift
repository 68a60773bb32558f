import Foundation
import Testing

@testable import HindsightStore

/// `verify` says each stage as it begins, in order, and stops saying them at the first problem
/// (FICTIONAL rows).
struct VerifyStageTests {
  @Test func theStagesComeInOrder() throws {
    let ledger = try Ledger.inMemory()
    try BulkImportTests.importRows(ledger)
    var stages: [Ledger.VerifyStage] = []
    #expect(try ledger.verify { stages.append($0) }.isOK)
    #expect(stages == [.integrity, .chain, .derivedTables])
  }

  @Test func aBrokenChainEndsBeforeTheDerivedTables() throws {
    let ledger = try Ledger.inMemory()
    try BulkImportTests.importRows(ledger)
    try ledger.tamper("UPDATE entries SET hash = substr('0000' || hash, 1, 64)")
    var stages: [Ledger.VerifyStage] = []
    #expect(try !ledger.verify { stages.append($0) }.isOK)
    #expect(stages == [.integrity, .chain])
  }
}
