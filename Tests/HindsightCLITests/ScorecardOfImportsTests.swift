import Foundation
import HindsightCore
import HindsightReports
import HindsightStore
import Testing

/// `scorecard` reads imported forecasts through the ledger's index; it must say exactly what
/// scoring every forecast's full resolution (`resolve`) says, also when verdict entries about
/// imported forecasts and questions (one of them retracted) overrule imported outcomes, and at
/// earlier cuts (FICTIONAL data).
@Suite struct ScorecardOfImportsTests {
  private func run(_ arguments: [String], in directory: URL) throws -> HindsightBinary.Output {
    let output = try HindsightBinary.run(arguments, directory: directory)
    #expect(output.exitCode == 0, "\(arguments): \(output.stderr)")
    return output
  }

  private func json(_ arguments: [String], in directory: URL) throws -> [[String: Any]] {
    let text = try run(arguments + ["--format", "json"], in: directory).stdout
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
  }

  @Test func recordsScoreAsTheFullResolutionDoes() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try ImportCommandTests.emptyCatalog.write(
      to: directory.appendingPathComponent("predictions.yaml"), atomically: true, encoding: .utf8)
    _ = try run(
      ["generate", "--speakers", "6", "--forecasts", "120", "--seed", "11", "--output", "s.csv"],
      in: directory)
    _ = try run(["import", "s.csv"], in: directory)
    let forecasts = try json(["forecasts"], in: directory)
    let ids = forecasts.compactMap { $0["id"] as? String }
    let questions = forecasts.compactMap { $0["question"] as? String }
    // Verdict entries written through the ledger (the `verdict` command takes catalog ids):
    // forecast-level ones that flip imported outcomes, a question-level one, an annulment, and
    // one that is then retracted.
    let ledger = try Ledger(path: directory.appendingPathComponent("hindsight.sqlite").path)
    func verdict(_ question: String, _ forecast: String?, _ outcome: VerdictOutcome) throws -> Int64
    {
      try ledger.append(
        .verdict(
          Verdict(
            question: question, forecast: forecast, outcome: outcome, reason: "Fictional.",
            source: "https://example.org/fictional", observed: Day("2022-06-01")!)),
        author: "fictional-editor", at: Date()
      ).seq
    }
    _ = try verdict(questions[0], ids[0], .false)
    _ = try verdict(questions[7], ids[7], .true)
    _ = try verdict(questions[3], nil, .false)
    _ = try verdict(questions[9], ids[9], .annulled)
    let mistaken = try verdict(questions[12], ids[12], .annulled)
    _ = try ledger.append(
      .retraction(Retraction(seq: mistaken, reason: "Fictional mistake.")),
      author: "fictional-editor", at: Date())
    let knownBy = Timestamp.format(Date())
    for asOf in ["2021-03-01", "2022-06-01", "2023-12-31"] {
      let cut = ["--as-of", asOf, "--known-by", knownBy]
      let resolved = try json(["resolve"] + cut, in: directory)
      let resolutions = Dictionary(
        uniqueKeysWithValues: resolved.map { ($0["id"] as? String ?? "", $0) })
      var updates: [ForecastUpdate] = []
      var speakers: [String: Speaker] = [:]
      for forecast in forecasts {
        let id = forecast["id"] as? String ?? ""
        let speaker = forecast["speaker"] as? String ?? ""
        let name = forecast["speaker_name"] as? String ?? ""
        speakers[speaker] = Speaker(id: speaker, name: name, nameEn: name, affiliations: [])
        guard let said = forecast["said_on"] as? String, said <= asOf else { continue }
        let resolution = resolutions[id] ?? [:]
        updates.append(
          ForecastUpdate(
            speaker: speaker, proposition: forecast["question"] as? String ?? "",
            thread: speaker, saidOn: Day(said)!, p: forecast["p"] as? Double ?? .nan,
            status: ForecastStatus(rawValue: resolution["status"] as? String ?? "") ?? .open,
            resolvedOn: (resolution["resolved_on"] as? String).flatMap(Day.init)))
      }
      var scorer = PropositionScorer()
      for update in Proposition.ordered(updates, by: \.proposition) { scorer.add(update) }
      let card = scorer.scorecard(asOf: Day(asOf)!, knownBy: Timestamp.parse(knownBy)!)
      let expected = ScorecardJSON.text(card, speakers: Array(speakers.values))
      let scorecard = try run(["scorecard", "--format", "json"] + cut, in: directory).stdout
      #expect(scorecard == expected, "as of \(asOf)")
    }
  }
}
