import Foundation
import HindsightCore
import PropertyBased
import Testing

/// Properties the resolver must have for any ledger (SPEC §6), on random entries about the
/// fictional catalog of `ResolverFixture`.
@Suite struct ResolverPropertyTests {
  typealias F = ResolverFixture

  /// Each code becomes one evidence or verdict payload with a date between 2023 and 2029.
  static let codes = Gen.int(in: 0...100_000).array(of: 0...14)

  static func payload(_ code: Int) -> EntryPayload {
    let date = Day("2023-06-01")!.adding(days: (code / 8) % 2200)
    let question = ["ev", "num", "bin"][code % 3]
    let observation: Observation =
      switch code % 8 {
      case 0, 1: .occurred
      case 2: .notOccurred
      case 3: .value(Double((code / 16) % 200))
      case 4: .supports(.strong)
      case 5: .refutes(.moderate)
      default: .occurred
      }
    if code % 8 >= 6 {
      let outcome: VerdictOutcome = [.true, .false, .annulled][(code / 8) % 3]
      let forecast = code % 8 == 7 ? ["ev": "a", "num": "n", "bin": "y"][question] : nil
      return .verdict(
        Verdict(
          question: question, forecast: forecast, outcome: outcome, reason: "fictional",
          source: "fictional",
          observed: date))
    }
    return .evidence(
      Evidence(
        question: question, observed: date, source: "fictional", summary: "",
        observation: observation))
  }

  static func entries(_ payloads: [(Int64, EntryPayload)], at time: (Int64) -> Date)
    -> [LedgerEntry]
  {
    payloads.map {
      LedgerEntry(
        seq: $0.0, recordedAt: time($0.0), author: "t", payload: $0.1, prevHash: "", hash: "")
    }
  }

  static func resolve(
    _ entries: [LedgerEntry], asOf: Day = Day("2029-01-01")!, knownBy: Date = .distantFuture
  )
    -> [Resolution]
  {
    Resolver(catalog: F.catalog, entries: entries, asOf: asOf, knownBy: knownBy).resolveAll()
  }

  @Test func deterministicAndIndependentOfReadingOrder() async {
    await propertyCheck(input: Self.codes) { codes in
      let sameTime = Date(timeIntervalSince1970: 1_770_000_000)
      let list = Self.entries(codes.enumerated().map { (Int64($0 + 1), Self.payload($1)) }) { _ in
        sameTime
      }
      let forward = Self.resolve(list)
      #expect(forward == Self.resolve(list))
      #expect(forward == Self.resolve(list.reversed()))
      #expect(forward == Self.resolve(list.sorted { $0.seq % 3 < $1.seq % 3 }))
    }
  }

  @Test func retractingIsTheSameAsNeverRecording() async {
    await propertyCheck(input: Self.codes, Gen.int(in: 0...100)) { codes, pick in
      guard !codes.isEmpty else { return }
      let numbered = codes.enumerated().map { (Int64($0 + 1), Self.payload($1)) }
      let victim = numbered[pick % numbered.count].0
      let retraction = (
        Int64(numbered.count + 1), EntryPayload.retraction(Retraction(seq: victim, reason: "x"))
      )
      let time: (Int64) -> Date = { Date(timeIntervalSince1970: 1_770_000_000 + Double($0)) }
      let retracted = Self.resolve(Self.entries(numbered + [retraction], at: time))
      let never = Self.resolve(Self.entries(numbered.filter { $0.0 != victim }, at: time))
      #expect(retracted == never)
    }
  }

  @Test func neverUsesAnEntryOutsideTheCut() async {
    await propertyCheck(input: Self.codes, Gen.int(in: 0...15), Gen.int(in: 0...2200)) {
      codes, cut, asOfOffset in
      let numbered = codes.enumerated().map { (Int64($0 + 1), Self.payload($1)) }
      let time: (Int64) -> Date = { Date(timeIntervalSince1970: 1_770_000_000 + Double($0) * 60) }
      let list = Self.entries(numbered, at: time)
      let knownBy = time(Int64(cut))
      let asOf = Day("2023-06-01")!.adding(days: asOfOffset)
      let allowed = Set(
        list.filter { entry in
          guard entry.recordedAt <= knownBy else { return false }
          switch entry.payload {
          case .evidence(let e): return e.observed <= asOf
          case .verdict(let v): return v.observed <= asOf
          default: return false
          }
        }.map(\.seq))
      for resolution in Self.resolve(list, asOf: asOf, knownBy: knownBy) {
        #expect(Set(resolution.entries).isSubset(of: allowed))
      }
    }
  }
}
