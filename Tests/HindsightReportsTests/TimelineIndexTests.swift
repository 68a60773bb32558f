import Foundation
import HindsightCore
import HindsightReports
import PropertyBased
import Testing

/// `TimelineIndex` against a model worked out entry by entry: random fictional ledgers of
/// evidence, verdicts, notes and retractions about three questions and their forecasts, their
/// entries handed over in a shuffled order.
@Suite struct TimelineIndexTests {
  /// What the model keeps of an item: its seq, question, forecast and retraction.
  struct Expected: Equatable {
    var seq: Int64
    var question: String
    var forecast: String?
    var retractedBy: Int64?
  }

  static let questions = ["q1", "q2", "q3"]
  static let forecasts: [String?] = [nil, "f1", "f2"]

  /// A fictional ledger of `count` entries drawn from `seed`, in seq order.
  static func ledger(seed: Int, count: Int) -> [LedgerEntry] {
    var random = SplitMix64(seed: UInt64(seed))
    var retracted: Set<Int64> = []
    return (1...Int64(count)).map { seq in
      let question = questions.randomElement(using: &random)!
      let forecast = forecasts.randomElement(using: &random)!
      let observed = Day(daysSinceEpoch: Int.random(in: 20_000...20_100, using: &random))
      let payload: EntryPayload
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        payload = .evidence(
          Evidence(
            question: question, forecast: forecast, observed: observed,
            source: "https://example.org/fictional/\(seq)", summary: "Fictional \(seq).",
            observation: .occurred))
      case 1:
        payload = .verdict(
          Verdict(
            question: question, forecast: forecast, outcome: .true,
            reason: "Fictional \(seq).", source: "https://example.org/fictional/\(seq)",
            observed: observed))
      case 2:
        payload = .note(
          EditorNote(
            question: question, forecast: forecast, observed: observed,
            text: "Fictional \(seq)."))
      default:
        let target = Int64.random(in: 1...seq, using: &random)
        guard !retracted.contains(target) else {
          payload = .note(
            EditorNote(question: question, observed: observed, text: "Fictional \(seq)."))
          break
        }
        retracted.insert(target)
        payload = .retraction(Retraction(seq: target, reason: "Fictional reason \(seq)."))
      }
      return LedgerEntry(
        seq: seq, recordedAt: Date(timeIntervalSince1970: 1_900_000_000 + Double(seq)),
        author: "fictional-editor", payload: payload,
        prevHash: String(repeating: "0", count: 64), hash: String(repeating: "1", count: 64))
    }
  }

  /// The model: every evidence, verdict and note entry in seq order, with the seq of the
  /// retraction naming it.
  static func model(_ entries: [LedgerEntry]) -> [Expected] {
    entries.compactMap { entry in
      let about: (String, String?)
      switch entry.payload {
      case .evidence(let evidence): about = (evidence.question, evidence.forecast)
      case .verdict(let verdict): about = (verdict.question, verdict.forecast)
      case .note(let note): about = (note.question, note.forecast)
      default: return nil
      }
      let retraction = entries.first {
        if case .retraction(let retraction) = $0.payload {
          retraction.seq == entry.seq
        } else {
          false
        }
      }
      return Expected(
        seq: entry.seq, question: about.0, forecast: about.1, retractedBy: retraction?.seq)
    }
  }

  static func kept(_ items: [TimelineItem]) -> [Expected] {
    items.map {
      Expected(
        seq: $0.seq, question: $0.question, forecast: $0.forecast, retractedBy: $0.retractedBy)
    }
  }

  @Test("each question's and forecast's items are the model's, in seq order")
  func itemsMatchTheModel() async {
    await propertyCheck(input: Gen.int(in: 0...1_000_000), Gen.int(in: 1...40)) { seed, count in
      let entries = Self.ledger(seed: seed, count: count)
      var random = SplitMix64(seed: UInt64(seed) &+ 1)
      let index = TimelineIndex(entries: entries.shuffled(using: &random))
      let model = Self.model(entries)
      #expect(Self.kept(index.items()) == model)
      for question in Self.questions {
        #expect(
          Self.kept(index.items(question: question)) == model.filter { $0.question == question })
        for forecast in ["f1", "f2"] {
          #expect(
            Self.kept(index.items(question: question, forecast: forecast))
              == model.filter {
                $0.question == question && ($0.forecast == nil || $0.forecast == forecast)
              })
        }
      }
      #expect(index.items(question: "q-unknown").isEmpty)
    }
  }

  @Test("a retracted item carries its retraction's reason")
  func retractionReason() {
    let entries = Self.ledger(seed: 7, count: 40)
    let items = TimelineIndex(entries: entries).items()
    let retracted = items.filter { $0.retractedBy != nil }
    #expect(!retracted.isEmpty)
    for item in retracted {
      #expect(item.retractionReason == "Fictional reason \(item.retractedBy!).")
    }
  }
}
