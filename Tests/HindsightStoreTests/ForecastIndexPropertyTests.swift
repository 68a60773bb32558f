import Foundation
import GRDB
import HindsightCore
import PropertyBased
import Testing

@testable import HindsightStore

/// The forecast index kept incrementally by every write equals the index rebuilt from the
/// entries at once, and the standing resolutions equal the resolver's, on random sequences of
/// catalog adds, amendments, withdrawals, evidence, verdicts (on catalog and imported
/// questions), notes, retractions, imports and re-imports that resolve imported forecasts.
/// Every name, date and number is FICTIONAL.
@Suite struct ForecastIndexPropertyTests {
  static func day(_ text: String) -> Day { Day(text)! }

  static func forecast(_ id: String, question: String, speaker: String, window: Window?)
    -> Forecast
  {
    Forecast(
      id: id, question: question, speaker: speaker, source: "src", saidOn: day("2023-12-14"),
      quote: "(fictional)", quoteEn: "(fictional)", claim: "(fictional claim \(id))",
      window: window,
      target: question == "num"
        ? NumericTarget(at: day("2024-12-31"), min: 100, max: nil, basis: .stated) : nil,
      confidence: Confidence(phrase: nil, p: 0.6, interval: 0.5...0.7, basis: .editor))
  }

  static let windows = [
    Window(from: day("2024-01-01"), to: day("2024-12-31"), basis: .stated),
    Window(from: day("2023-12-14"), to: day("2026-06-30"), basis: .editor),
  ]

  /// The catalog every sequence starts from.
  static let base: [CatalogItem] = [
    .source(
      Source(
        id: "src", title: "A fictional summit", titleEn: "A fictional summit",
        publisher: "nobody", heldOn: nil, publishedOn: nil, citation: "(fictional)")),
    .speaker(Speaker(id: "s1", name: "甲", nameEn: "Speaker One", affiliations: [])),
    .speaker(Speaker(id: "s2", name: "Speaker Two", nameEn: "Speaker Two", affiliations: [])),
    .question(
      Question(id: "ev", title: "An event", kind: .event, criteria: "(fictional)", tags: ["t1"])),
    .question(
      Question(
        id: "num", title: "A metric", kind: .numeric, criteria: "(fictional)", tags: [],
        metric: Metric(name: "widgets", unit: "units", toleranceDays: 10))),
    .question(
      Question(
        id: "bin", title: "A proposition", kind: .binary, criteria: "(fictional)",
        tags: ["t1", "t2"])),
    .forecast(forecast("a", question: "ev", speaker: "s1", window: windows[0])),
    .forecast(forecast("b", question: "ev", speaker: "s2", window: windows[1])),
    .forecast(forecast("n", question: "num", speaker: "s1", window: nil)),
    .forecast(forecast("y", question: "bin", speaker: "s2", window: windows[0])),
  ]

  /// Imported rows: question `iq` (and `jq` in the second import), with or without outcomes.
  static func rows(_ batch: Int, _ code: Int) -> [FlatRow] {
    (0..<3).map { index in
      let decided = (code >> index) & 1 == 1
      return FlatRow(
        speaker: "is\(index % 2)", speakerName: "Imported \(index % 2)",
        question: index == 2 && batch == 1 ? "jq" : "iq", questionTitle: "Imported question",
        forecast: "i\(batch)-\(index)", claim: "(fictional claim \(index))",
        saidOn: day("2023-06-01"),
        p: 0.1 * Double(index + 2), windowFrom: index == 0 ? nil : day("2023-06-01"),
        windowTo: index == 0 ? nil : day("2024-06-30"),
        outcome: decided ? (index == 1 ? .false : .true) : nil,
        resolvedOn: decided ? day("2024-03-0\(index + 1)") : nil, tags: ["imported"])
    }
  }

  /// Applies one random operation; returns whether it wrote.
  static func apply(_ code: Int, to ledger: Ledger, step: Int, imports: inout Int) throws {
    let at = Date(timeIntervalSince1970: 1_770_000_000 + Double(step) * 3600)
    let date = day("2023-12-20").adding(days: (code / 16) % 1500)
    // The imported question only once an import has brought it.
    let questions = ["ev", "num", "bin", "iq"]
    let question = questions[(code / 4) % (imports > 0 ? 4 : 3)]
    // Forecasts that are never withdrawn or moved, so that entries about them stay valid.
    let forecasts = ["ev": "a", "num": "n", "iq": "i0-1"]
    func append(_ payload: EntryPayload) throws {
      try ledger.append(payload, author: "tester", at: at)
    }
    switch code % 9 {
    case 0, 1:
      // What a question of each kind can be told.
      let observation: Observation =
        switch (question, (code / 64) % 3) {
        case ("ev", 2): .notOccurred
        case ("ev", _): .occurred
        case ("num", _): .value(Double((code / 8) % 200))
        case (_, 0): .refutes(.weak)
        default: .supports(.strong)
        }
      try append(
        .evidence(
          Evidence(
            question: question, forecast: (code / 128) % 2 == 0 ? nil : forecasts[question],
            observed: date, source: "(fictional)", summary: "", observation: observation)))
    case 2:
      let outcome: VerdictOutcome = [.true, .false, .annulled][(code / 8) % 3]
      try append(
        .verdict(
          Verdict(
            question: question, forecast: (code / 32) % 2 == 0 ? nil : forecasts[question],
            outcome: outcome, reason: "(fictional)", source: "(fictional)", observed: date)))
    case 3:
      let targets = try ledger.writer.read { db in
        try Int64.fetchAll(
          db,
          sql: """
            SELECT seq FROM entries WHERE kind IN ('evidence', 'verdict', 'note')
              AND seq NOT IN (SELECT seq FROM retracted) ORDER BY seq
            """)
      }
      guard !targets.isEmpty else { return }
      try append(
        .retraction(Retraction(seq: targets[(code / 8) % targets.count], reason: "(fictional)")))
    case 4:
      // Amend forecast a's window, or move forecast b to the binary question and back.
      if (code / 8) % 2 == 0 {
        let window = windows[(code / 16) % 2]
        try append(
          .amendment(
            .forecast(forecast("a", question: "ev", speaker: "s1", window: window)),
            changes: [FieldChange(field: "window.to", old: nil, new: window.to.description)]))
      } else {
        let moved = (code / 16) % 2 == 0 ? "bin" : "ev"
        try append(
          .amendment(
            .forecast(forecast("b", question: moved, speaker: "s2", window: windows[1])),
            changes: [FieldChange(field: "question", old: nil, new: moved)]))
      }
    case 5:
      let tags = (code / 8) % 2 == 0 ? ["t1"] : ["t3", "t2"]
      try append(
        .amendment(
          .question(
            Question(
              id: "bin", title: "A proposition, amended", kind: .binary,
              criteria: "(fictional)", tags: tags)),
          changes: [FieldChange(field: "tags", old: nil, new: tags.joined(separator: ","))]))
    case 6:
      if (code / 8) % 2 == 0 {
        try append(.withdrawal(forecast: "y"))
      } else {
        try append(
          .catalogAdd(.forecast(forecast("y", question: "bin", speaker: "s2", window: windows[0]))))
      }
    case 7:
      // A first import, a second, then re-imports of the first with other rows decided (new
      // resolutions, or rows the ledger holds) and, every other time, one new forecast.
      var rows = rows(min(imports, 2) == 2 ? 0 : imports, code / 8)
      if imports >= 2, (code / 64) % 2 == 0 {
        var update = rows[2]
        update.forecast = "i0-update-\(step)"
        update.p = 0.9
        rows.append(update)
      }
      imports += 1
      try ledger.bulkImport(file: "fictional.csv", format: .csv, author: "tester", at: at) {
        _, sink in
        for row in rows {
          sink.hash(row)
          _ = try sink.insert(row, record: 2, lookUps: .settled)
        }
        return ([], 0)
      }
    default:
      try append(
        .note(EditorNote(question: question, forecast: nil, observed: date, text: "(fictional)")))
    }
  }

  /// Every derived value of the index, as text.
  static func dump(_ ledger: Ledger) throws -> [String] {
    try ledger.writer.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT forecast || '|' || question || '|' || speaker || '|' || speaker_name || '|'
            || question_title || '|' || kind || '|' || imported || '|' || seq || '|' || p || '|'
            || coalesce(closes_on, '-') || '|' || tags || '|' || status || '|' || rule || '|'
            || coalesce(settled_on, '-') || '|' || flags
          FROM forecasts ORDER BY forecast
          """)
        + String.fetchAll(
          db, sql: "SELECT tag || ' ' || question FROM question_tags ORDER BY tag, question")
        + String.fetchAll(
          db,
          sql: "SELECT question || ' ' || seq FROM question_entries ORDER BY question, seq")
        + String.fetchAll(db, sql: "SELECT key || ' ' || value FROM meta ORDER BY key")
    }
  }

  static let sequences = Gen.int(in: 0...1_000_000).array(of: 1...24)

  @Test func incrementalIndexEqualsAFullRebuildAndTheResolver() async throws {
    await propertyCheck(input: Self.sequences) { codes in
      let ledger = try Ledger.inMemory()
      try ledger.append(
        Self.base.map(EntryPayload.catalogAdd), author: "tester",
        at: Date(timeIntervalSince1970: 1_769_990_000))
      var imports = 0
      for (step, code) in codes.enumerated() {
        try Self.apply(code, to: ledger, step: step, imports: &imports)
      }
      // verify recomputes every standing resolution with the resolver over its question.
      let problem = try ledger.verify().problem
      #expect(problem == nil)
      let incremental = try Self.dump(ledger)
      try ledger.writer.write { db in try Ledger.rebuildIndex(skipping: [], in: db) }
      #expect(try Self.dump(ledger) == incremental)
      // The status every read gets from the index equals the resolver's, at a cut the
      // standing resolutions answer and at one before the last observation.
      for asOf in [Day("2031-01-01")!, Day("2024-06-01")!] {
        var viaIndex: [String] = []
        try ledger.forEachForecast(asOf: asOf, knownBy: .distantFuture) {
          viaIndex.append(
            "\($0.row.forecast) \($0.status) \($0.row.resolvedOn?.description ?? "-")")
        }
        var viaResolver: [String] = []
        try ledger.forEachResolution(asOf: asOf, knownBy: .distantFuture) {
          viaResolver.append(
            "\($0.row.forecast) \($1.status) \(VerdictOutcome(status: $1.status) == nil ? "-" : $1.resolvedOn?.description ?? "-")"
          )
        }
        #expect(viaIndex == viaResolver)
      }
      // At past cuts, a scoring read (imported rows through the question index, each row's
      // own outcome its standing resolution) gives every forecast the states the resolver
      // gives it, on the day of a resolution and on either side of one too.
      let cuts = ["2023-01-01", "2024-03-02", "2024-06-01", "2031-01-01"].map { Day($0)! }
      func state(_ status: ForecastStatus, _ resolvedOn: Day?) -> String {
        "\(status) \(VerdictOutcome(status: status) == nil ? "-" : resolvedOn?.description ?? "-")"
      }
      func states(_ read: ForecastRead, byResolver: Bool) throws -> [String] {
        var lines: [String] = []
        try ledger.forEachForecast(cuts: cuts, knownBy: .distantFuture, read: read) {
          forecast, explain in
          let indexed = forecast.indexed
          let states =
            byResolver
            ? cuts.indices.map { explain(forecast, $0) }.map { state($0.status, $0.resolvedOn) }
            : forecast.states.map { state($0.status, $0.resolvedOn) }
          lines.append(
            "\(indexed.imported ? "#\(indexed.position)" : indexed.row.forecast) "
              + "\(indexed.row.question) \(indexed.row.speaker) \(states)")
        }
        return lines.sorted()
      }
      #expect(
        try states(.scoring(tags: false), byResolver: false)
          == (try states(.listing, byResolver: true)))
    }
  }
}
