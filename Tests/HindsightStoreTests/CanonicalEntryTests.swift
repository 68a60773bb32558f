import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// Expected texts below were written by hand from the rules in docs/ledger.md (keys sorted,
/// no whitespace, optional fields omitted) and cross-checked with Python's
/// `json.dumps(json.loads(t), sort_keys=True, separators=(",", ":"), ensure_ascii=False) == t`.
struct CanonicalEntryTests {
  typealias F = FictionalCatalog

  @Test func sourceAdd() throws {
    #expect(
      try CanonicalEntry.payloadText(.catalogAdd(.source(F.source)))
        == #"{"item":{"citation":"https://example.org/demo","held_on":"2023-12-14","id":"demo-conf","publisher":"Example Press","title":"演示大会","title_en":"Demo Conference (fictional)"},"item_kind":"source","type":"catalog_add"}"#
    )
  }

  @Test func speakerAdd() throws {
    #expect(
      try CanonicalEntry.payloadText(.catalogAdd(.speaker(F.speaker)))
        == #"{"item":{"affiliations":["Example Labs"],"id":"ada-example","name":"阿达","name_en":"Ada Example"},"item_kind":"speaker","type":"catalog_add"}"#
    )
  }

  @Test func questionAdd() throws {
    #expect(
      try CanonicalEntry.payloadText(.catalogAdd(.question(F.numericQuestion)))
        == #"{"item":{"criteria":"Fictional revenue as reported.","id":"demo-revenue","kind":"numeric","metric":{"name":"Demo revenue","tolerance_days":31,"unit":"CNY"},"tags":[],"title":"Demo revenue"},"item_kind":"question","type":"catalog_add"}"#
    )
  }

  @Test func numericForecastAdd() throws {
    #expect(
      try CanonicalEntry.payloadText(.catalogAdd(.forecast(F.numericForecast)))
        == #"{"item":{"claim":"Demo revenue for 2024 is at least 20 billion CNY.","confidence":{"basis":"editor","interval":[0.5,0.7],"p":0.6},"id":"ada-revenue-2024","note":"Fictional editor's note.","question":"demo-revenue","quote":"收入会超过两百亿。","quote_en":"Revenue will pass 20 billion.","said_on":"2023-12-14","source":"demo-conf","speaker":"ada-example","target":{"at":"2024-12-31","basis":"stated","min":20000000000}},"item_kind":"forecast","type":"catalog_add"}"#
    )
  }

  @Test func amendment() throws {
    let change = FieldChange(field: "window.to", old: "2025-12-31", new: "2026-06-30")
    var forecast = F.eventForecast
    forecast.window?.to = Day("2026-06-30")!
    #expect(
      try CanonicalEntry.payloadText(.amendment(.forecast(forecast), changes: [change]))
        == #"{"changes":[{"field":"window.to","new":"2026-06-30","old":"2025-12-31"}],"item":{"claim":"The demo event happens in 2025.","confidence":{"basis":"scale","interval":[0.65,0.8],"p":0.75,"phrase":"probably"},"id":"ada-demo-2025","question":"demo-event","quote":"明年会发生。","quote_en":"It will happen next year.","said_on":"2023-12-14","source":"demo-conf","speaker":"ada-example","window":{"basis":"stated","from":"2025-01-01","to":"2026-06-30"}},"item_kind":"forecast","type":"amendment"}"#
    )
  }

  @Test func withdrawal() throws {
    #expect(
      try CanonicalEntry.payloadText(.withdrawal(forecast: "ada-demo-2025"))
        == #"{"forecast":"ada-demo-2025","type":"withdrawal"}"#)
  }

  @Test func evidenceKinds() throws {
    #expect(
      try CanonicalEntry.payloadText(
        .evidence(
          Evidence(
            question: "demo-event", observed: Day("2025-03-01")!, source: "https://example.org/1",
            summary: "Fictional \"quoted\"\nline.", observation: .notOccurred)))
        == #"{"observation":"not_occurred","observed":"2025-03-01","question":"demo-event","source":"https://example.org/1","summary":"Fictional \"quoted\"\nline.","type":"evidence"}"#
    )
    #expect(
      try CanonicalEntry.payloadText(
        .evidence(
          Evidence(
            question: "demo-revenue", forecast: "ada-revenue-2024", observed: Day("2024-12-31")!,
            source: "s", summary: "", observation: .value(1.25e10))))
        == #"{"forecast":"ada-revenue-2024","observation":"value","observed":"2024-12-31","question":"demo-revenue","source":"s","summary":"","type":"evidence","value":12500000000}"#
    )
    #expect(
      try CanonicalEntry.payloadText(
        .evidence(
          Evidence(
            question: "q", observed: Day("2024-01-01")!, source: "s", summary: "x",
            observation: .refutes(.strong))))
        == #"{"observation":"refutes","observed":"2024-01-01","question":"q","source":"s","strength":"strong","summary":"x","type":"evidence"}"#
    )
  }

  @Test func verdictAndRetraction() throws {
    #expect(
      try CanonicalEntry.payloadText(
        .verdict(
          Verdict(
            question: "demo-event", forecast: "ada-demo-2025", outcome: .annulled,
            reason: "Fictional reason.", source: "editor", observed: Day("2025-12-31")!)))
        == #"{"forecast":"ada-demo-2025","observed":"2025-12-31","outcome":"annulled","question":"demo-event","reason":"Fictional reason.","source":"editor","type":"verdict"}"#
    )
    #expect(
      try CanonicalEntry.payloadText(.retraction(Retraction(seq: 3, reason: "Wrong source.")))
        == #"{"reason":"Wrong source.","seq":3,"type":"retraction"}"#)
  }

  @Test func numbersAndEscapes() {
    // Python 3 prints json.dumps([0.7, 1e-05, 1e+20, 100, 1e15]) with the same number texts;
    // negative zero is a whole number here and is written 0 (Python reads "0" back as 0).
    let numbers: [Double] = [0.7, 0.00001, 1e20, 100, -0.0, 1e15]
    #expect(
      JSONValue.array(numbers.map(JSONValue.number)).canonicalText
        == "[0.7,1e-05,1e+20,100,0,1000000000000000.0]")
    #expect(JSONValue.string("a/b\u{01}\t\\é").canonicalText == #""a/b\u0001\t\\é""#)
  }

  @Test func everyPayloadRoundTrips() throws {
    let payloads: [EntryPayload] = [
      .catalogAdd(.source(F.source)), .catalogAdd(.speaker(F.speaker)),
      .catalogAdd(.question(F.eventQuestion)), .catalogAdd(.question(F.numericQuestion)),
      .catalogAdd(.forecast(F.eventForecast)), .catalogAdd(.forecast(F.numericForecast)),
      .amendment(
        .forecast(F.eventForecast), changes: [FieldChange(field: "x", old: nil, new: "1")]),
      .withdrawal(forecast: "f"), F.occurred,
      .retraction(Retraction(seq: 9, reason: "r")),
    ]
    for payload in payloads {
      let text = try CanonicalEntry.payloadText(payload)
      #expect(try CanonicalEntry.payload(fromText: text) == payload)
    }
  }

  @Test func nonFiniteValueIsRefused() {
    let payload = EntryPayload.evidence(
      Evidence(
        question: "q", observed: Day("2024-01-01")!, source: "s", summary: "",
        observation: .value(.infinity)))
    #expect(throws: LedgerError.nonFiniteNumber(field: "payload.value")) {
      try CanonicalEntry.payloadText(payload)
    }
  }

  /// Expected hashes computed independently with Python's hashlib:
  /// python3 -c 'import hashlib;print(hashlib.sha256(("0"*64+"\n1\n2025-01-02T03:04:05.678Z\nfictional-editor\nwithdrawal\n{\"forecast\":\"ada-demo-2025\",\"type\":\"withdrawal\"}").encode()).hexdigest())'
  @Test func knownHash() throws {
    let text = try CanonicalEntry.payloadText(.withdrawal(forecast: "ada-demo-2025"))
    #expect(
      CanonicalEntry.hash(
        prevHash: CanonicalEntry.genesisHash, seq: 1, recordedAt: "2025-01-02T03:04:05.678Z",
        author: "fictional-editor", kind: "withdrawal", payloadText: text)
        == "1ccc00e2e70faeb0ffe5506e678c86f1a57737612ab1525f6c54ed1da4b64752")
  }

  /// Non-ASCII author and payload, hashed as UTF-8; the expected value from the same kind of
  /// Python one-liner with author "编辑" and the evidence text below.
  @Test func knownHashWithNonASCII() throws {
    let ledger = try Ledger.inMemory()
    let entry = try ledger.append(
      .evidence(
        Evidence(
          question: "demo-event", observed: Day("2025-03-01")!,
          source: "https://example.org/news/1",
          summary: "虚构", observation: .occurred)), author: "编辑", at: F.t0)
    #expect(entry.hash == "4b97ed7d1f8236bd502dc6f93429a4205d71459b3f56d698bf84b7c9ec8710da")
  }
}
