import Foundation
import PropertyBased
import Testing

@testable import HindsightCore

/// The packed scoring record of an imported forecast: its bytes, and its status equal to the
/// resolver's for any record and cut (FICTIONAL data).
@Suite struct ScoringRecordTests {
  @Test func bytesAreTheDocumentedLayout() {
    let record = ScoringRecord(
      p: 0.75, saidOn: Day(daysSinceEpoch: 1), closesOn: nil, outcome: .false,
      resolvedOn: Day(daysSinceEpoch: -2))
    var bytes: [UInt8] = []
    record.append(to: &bytes)
    // Written by hand from docs/ledger.md: 0.75 is 0x3FE8000000000000; 1 and −2 as 32-bit
    // little-endian; absent is −2³¹ (0x80000000); false is 2.
    #expect(
      bytes == [
        0, 0, 0, 0, 0, 0, 0xE8, 0x3F, 1, 0, 0, 0, 0, 0, 0, 0x80, 0xFE, 0xFF, 0xFF, 0xFF, 2,
      ])
    #expect(bytes.withUnsafeBytes { ScoringRecord(bytes: $0) } == record)
    #expect(
      bytes.dropLast().withUnsafeBytes { ScoringRecord(bytes: UnsafeRawBufferPointer($0)) } == nil)
  }

  static let day = Gen.int(in: 19_000...19_800).map { Day(daysSinceEpoch: $0) }
  static let record = zip(
    Gen.double(in: 0...1), day, day.optional, Gen.int(in: 0...3), day
  ).map { p, saidOn, closes, outcome, resolved in
    let outcome: VerdictOutcome? = [nil, .true, .false, .annulled][outcome]
    return ScoringRecord(
      p: p, saidOn: saidOn, closesOn: closes, outcome: outcome,
      resolvedOn: outcome == nil ? nil : resolved)
  }

  @Test func roundTripsThroughItsBytes() async {
    await propertyCheck(input: Self.record) { record in
      var bytes: [UInt8] = []
      record.append(to: &bytes)
      #expect(bytes.count == ScoringRecord.size)
      #expect(bytes.withUnsafeBytes { ScoringRecord(bytes: $0) } == record)
    }
  }

  @Test func statusEqualsTheResolver() async {
    await propertyCheck(input: Self.record, Self.day) { record, asOf in
      let row = FlatRow(
        speaker: "ada", speakerName: "Ada", question: "q", questionTitle: "Q", forecast: "f",
        claim: "c", saidOn: record.saidOn, p: record.p,
        windowFrom: record.closesOn.map { min($0, record.saidOn) }, windowTo: record.closesOn,
        outcome: record.outcome, resolvedOn: record.resolvedOn)
      #expect(ScoringRecord(row) == record)
      let resolver = Resolver(
        catalog: Catalog(
          version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [], speakers: [],
          questions: [], forecasts: []),
        facts: LedgerFacts(entries: [], asOf: asOf, knownBy: .distantFuture), asOf: asOf)
      let verdict = row.verdict(importSeq: 1, recordedAt: .distantPast, file: "x.csv")
      let expected = resolver.status(
        of: row.forecastItem(importSeq: 1), imported: verdict, kind: .binary)
      #expect(record.status(asOf: asOf) == expected.status)
    }
  }

  @Test func builderTalliesRecordsAsItTalliesForecasts() async {
    await propertyCheck(input: Self.record.array(of: 0...40), Self.day) { records, asOf in
      let speaker = ImportedSpeaker(
        seq: 1, speaker: "ada", name: "Ada",
        scoring: records.sorted().reduce(into: []) { $1.append(to: &$0) })
      var fast = ScorecardBuilder()
      fast.add(speaker, asOf: asOf)
      var slow = ScorecardBuilder()
      for record in records where record.saidOn <= asOf {
        slow.add(
          speaker: "ada", status: record.status(asOf: asOf),
          confidence: Confidence(
            phrase: nil, p: record.p, interval: record.p...record.p, basis: .stated))
      }
      #expect(
        fast.scorecard(asOf: asOf, knownBy: .distantPast)
          == slow.scorecard(asOf: asOf, knownBy: .distantPast))
    }
  }
}
