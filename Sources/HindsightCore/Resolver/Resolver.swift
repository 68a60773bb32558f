import Foundation

/// The resolver engine: a pure function of (catalog, entries, as-of, known-by) to resolutions.
///
/// Rules, in order (see docs/resolution.md): a verdict on the forecast, else on its question,
/// decides (the latest recorded wins); otherwise `event` forecasts follow the occurrence
/// evidence, `numeric` forecasts the observation nearest their date, and `binary` forecasts wait
/// for a verdict. Conflicting evidence keeps a forecast `due` with a `conflict` flag.
public struct Resolver: Sendable {
  /// The catalog as known at the cut.
  public let catalog: Catalog
  /// The evidence, verdicts and amendments that count at the cut.
  public let facts: LedgerFacts
  /// Valid time: evidence observed after this day is ignored.
  public let asOf: Day
  private let questions: [String: Question]

  /// Prepares the resolver for one cut.
  public init(catalog: Catalog, entries: [LedgerEntry], asOf: Day, knownBy: Date) {
    self.init(
      catalog: catalog, facts: LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy),
      asOf: asOf)
  }

  /// Prepares the resolver for one cut from facts already indexed (e.g. with imported verdicts
  /// added by `LedgerFacts.addImported`).
  public init(catalog: Catalog, facts: LedgerFacts, asOf: Day) {
    self.catalog = catalog
    self.facts = facts
    self.asOf = asOf
    self.questions = Dictionary(
      catalog.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The question with this id, from the resolver's index.
  public func question(_ id: String) -> Question? { questions[id] }

  /// Every forecast's resolution, in catalog order.
  public func resolveAll() -> [Resolution] {
    catalog.forecasts.map(resolve)
  }

  /// One forecast's resolution.
  public func resolve(_ forecast: Forecast) -> Resolution {
    resolve(forecast, question: questions[forecast.question])
  }

  /// One forecast's resolution, its question given rather than looked up (for forecasts read
  /// one at a time, outside the resolver's catalog).
  ///
  /// - Parameter imported: the verdict a bulk import recorded about this forecast, when
  ///   `facts` does not hold it; it counts under the same cut and seq order as every other
  ///   verdict.
  public func resolve(
    _ forecast: Forecast, question: Question?, imported: Recorded<Verdict>? = nil
  ) -> Resolution {
    guard let question else {
      return Resolution(
        forecast: forecast.id, status: .open, rule: .windowOpen,
        rationale: "The forecast's question \(forecast.question) is not in the catalog.")
    }
    var resolution =
      verdictResolution(forecast, extra: imported)
      ?? {
        switch question.kind {
        case .event:
          EventRule(forecast: forecast, evidence: facts.evidence(for: forecast), asOf: asOf)
            .resolve()
        case .numeric:
          NumericRule(
            forecast: forecast, question: question, evidence: facts.evidence(for: forecast),
            asOf: asOf
          ).resolve()
        case .binary: binaryResolution(forecast)
        }
      }()
    resolution.assessments = tally(facts.evidence(for: forecast))
    if amendedAfterClose(forecast) {
      resolution.flags = Array(Set(resolution.flags + [.amendedAfterClose])).sorted()
    }
    if resolution.status == .due, resolution.needs == nil {
      resolution.needs = needs(forecast, kind: question.kind, question: question)
    }
    return resolution
  }

  // MARK: - Rule 1: verdicts

  /// The verdict that decides a forecast, if any: the latest (by seq) on the forecast itself —
  /// among the facts and `extra` — else the latest on its question.
  func chosenVerdict(_ forecast: Forecast, extra: Recorded<Verdict>? = nil)
    -> (Recorded<Verdict>, ResolutionRule)?
  {
    var own = extra.flatMap { facts.counts($0) ? $0 : nil }
    var questionWide: Recorded<Verdict>?
    for verdict in (facts.verdicts[forecast.question] ?? []).reversed() {
      if verdict.value.forecast == forecast.id {
        if own == nil || own!.seq < verdict.seq { own = verdict }
        break
      }
      if verdict.value.forecast == nil, questionWide == nil { questionWide = verdict }
    }
    if let own { return (own, .forecastVerdict) }
    return questionWide.map { ($0, .questionVerdict) }
  }

  private func verdictResolution(_ forecast: Forecast, extra: Recorded<Verdict>?) -> Resolution? {
    guard let (chosen, rule) = chosenVerdict(forecast, extra: extra) else { return nil }
    let verdict = chosen.value
    let status = ForecastStatus(verdict.outcome)
    let rationale = String.concatenating(
      "The editor's verdict on ", rule == .forecastVerdict ? "this forecast" : "its question",
      " (seq ", String(chosen.seq), ", settled ", verdict.observed.description,
      verdict.outcome == .annulled ? ") annulled it" : ") declared it ",
      verdict.outcome == .annulled ? "" : verdict.outcome.rawValue, ": ", verdict.reason)
    return Resolution(
      forecast: forecast.id, status: status, rule: rule, resolvedOn: verdict.observed,
      entries: [chosen.seq], rationale: rationale)
  }

  // MARK: - Rule 4: binary questions

  private func binaryResolution(_ forecast: Forecast) -> Resolution {
    let assessments = facts.evidence(for: forecast).filter {
      if case .supports = $0.value.observation { return true }
      if case .refutes = $0.value.observation { return true }
      return false
    }
    let seqs = assessments.map(\.seq)
    let balance = tally(assessments)
    let summary =
      balance.isEmpty ? "no assessments recorded" : "assessments so far: \(balance.summary)"
    if let closes = forecast.closesOn, closes < asOf {
      return Resolution(
        forecast: forecast.id, status: .due, rule: .awaitingVerdict, entries: seqs,
        rationale:
          "Binary forecasts resolve only by verdict; the horizon \(closes) has passed and \(summary)."
      )
    }
    let horizon = forecast.closesOn.map { " before the horizon \($0)" } ?? ""
    return Resolution(
      forecast: forecast.id, status: .open, rule: .windowOpen, entries: seqs,
      rationale: "Binary forecasts resolve only by verdict; none yet\(horizon), \(summary).")
  }

  private func tally(_ evidence: [Recorded<Evidence>]) -> AssessmentTally {
    var tally = AssessmentTally()
    for item in evidence {
      switch item.value.observation {
      case .supports(let strength): tally.supports[strength, default: 0] += 1
      case .refutes(let strength): tally.refutes[strength, default: 0] += 1
      default: break
      }
    }
    return tally
  }

  // MARK: - Flags and the to-do list

  /// The fields whose amendment after a forecast closed raises `amended-after-close`.
  public static let closingFields = ["criteria", "window", "target", "confidence"]

  /// Whether an amendment recorded at `recordedAt` that made `changes` to a forecast (or to its
  /// question) moved the goalposts after the forecast closed: it was recorded on a day after
  /// `closesOn` and changed the criteria, window, target or confidence.
  public static func isAmendedAfterClose(
    changes: [FieldChange], recordedAt: Date, closesOn: Day?
  ) -> Bool {
    guard let closesOn, Day(containing: recordedAt) > closesOn else { return false }
    return changes.contains { change in
      closingFields.contains { change.field == $0 || change.field.hasPrefix($0 + ".") }
    }
  }

  private func amendedAfterClose(_ forecast: Forecast) -> Bool {
    let relevant =
      (facts.amendments[forecast.id] ?? []) + (facts.amendments[forecast.question] ?? [])
    return relevant.contains { recorded in
      Resolver.isAmendedAfterClose(
        changes: recorded.value.changes, recordedAt: recorded.recordedAt,
        closesOn: forecast.closesOn)
    }
  }

  private func needs(_ forecast: Forecast, kind: QuestionKind, question: Question) -> String {
    switch kind {
    case .event:
      let end = forecast.window.map { "\($0.to)" } ?? "the window's end"
      return
        "evidence that the event occurred (--occurred), or had not occurred as of \(end) or later (--not-occurred), or a verdict"
    case .numeric:
      let at = forecast.target.map { "\($0.at)" } ?? "the target date"
      let days = question.metric?.toleranceDays ?? 0
      return "a value (--value) observed within \(days) days of \(at), or a verdict"
    case .binary:
      return "a verdict (--true, --false or --annul)"
    }
  }
}
