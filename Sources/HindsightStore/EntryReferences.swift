import HindsightCore

/// What the catalog entries so far say exists, to check that each later entry refers to a
/// question or forecast that exists at its seq, with the right kind: evidence about a question
/// nobody defined, or a value recorded on an event question, is refused by `verify` even when
/// its hashes were recomputed.
struct EntryReferences {
  /// Questions by id, with their kind.
  private var questions: [String: QuestionKind] = [:]
  /// Forecasts by id, with their question.
  private var forecasts: [String: String] = [:]

  /// Takes in a catalog entry's item.
  mutating func record(_ payload: EntryPayload) {
    switch payload {
    case .catalogAdd(.question(let question)), .amendment(.question(let question), _):
      questions[question.id] = question.kind
    case .catalogAdd(.forecast(let forecast)), .amendment(.forecast(let forecast), _):
      forecasts[forecast.id] = forecast.question
    default: break
    }
  }

  /// What is wrong with the references of `payload`, or nil. `imported` says whether an id
  /// is a question (or a forecast and its question) of a bulk import, which the catalog
  /// entries do not list; nil when the caller cannot tell (a journal checked alone), in which
  /// case ids the catalog does not know are let pass.
  func problem(
    _ payload: EntryPayload, imported: ((String) -> (question: Bool, forecastOf: String?))?
  ) -> String? {
    switch payload {
    case .evidence(let evidence):
      if let problem = target(evidence.question, evidence.forecast, imported) { return problem }
      return observationProblem(evidence)
    case .verdict(let verdict): return target(verdict.question, verdict.forecast, imported)
    case .note(let note): return target(note.question, note.forecast, imported)
    case .withdrawal(let forecast):
      return forecasts[forecast] == nil
        ? "withdraws forecast '\(forecast)', which no entry defined" : nil
    case .amendment(let item, _):
      let known: Bool =
        switch item {
        case .question(let question): questions[question.id] != nil
        case .forecast(let forecast): forecasts[forecast.id] != nil
        default: true
        }
      return known ? nil : "amends \(item.kindName) '\(item.id)', which no earlier entry added"
    default: return nil
    }
  }

  private func target(
    _ question: String, _ forecast: String?,
    _ imported: ((String) -> (question: Bool, forecastOf: String?))?
  ) -> String? {
    if questions[question] == nil {
      // Without the imports' rows, an id the catalog does not know may be an imported one.
      guard let imported else { return nil }
      guard imported(question).question else {
        return "is about question '\(question)', which does not exist at this point of the chain"
      }
    }
    guard let forecast else { return nil }
    guard let owner = forecasts[forecast] ?? imported?(forecast).forecastOf else {
      return imported == nil
        ? nil : "is about forecast '\(forecast)', which does not exist at this point of the chain"
    }
    return owner == question
      ? nil
      : "names forecast '\(forecast)' with question '\(question)', but it belongs to '\(owner)'"
  }

  private func observationProblem(_ evidence: Evidence) -> String? {
    guard let kind = questions[evidence.question] else { return nil }
    let fits: Bool =
      switch evidence.observation {
      case .occurred, .notOccurred: kind == .event
      case .value: kind == .numeric
      case .supports, .refutes: true
      }
    return fits
      ? nil
      : "records \(Self.name(of: evidence.observation)) on \(kind.rawValue) question '\(evidence.question)'"
  }

  private static func name(of observation: Observation) -> String {
    switch observation {
    case .occurred: "an occurrence"
    case .notOccurred: "a non-occurrence"
    case .value: "a value"
    case .supports, .refutes: "an assessment"
    }
  }
}
