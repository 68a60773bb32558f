import HindsightCore

/// Everything `show` prints about one forecast, and its plain-text rendering.
///
/// The ledger-backed sections (amendments, evidence, resolution) are inputs; when they are
/// empty the rendering says "none recorded yet".
public struct ForecastDetail: Sendable {
  /// One amendment of the forecast or its question, as recorded in the ledger.
  public struct Amendment: Hashable, Sendable {
    /// The day the amendment was recorded.
    public var recordedOn: Day
    /// The fields it changed.
    public var changes: [FieldChange]

    /// Creates an amendment line.
    public init(recordedOn: Day, changes: [FieldChange]) {
      self.recordedOn = recordedOn
      self.changes = changes
    }
  }

  /// The forecast.
  public var forecast: Forecast
  /// Its question (nil only in an inconsistent catalog).
  public var question: Question?
  /// Its speaker.
  public var speaker: Speaker?
  /// Its source.
  public var source: Source?
  /// Status, outcome and resolved-on day at the as-of date.
  public var state: ForecastState
  /// Amendments recorded in the ledger, oldest first.
  public var amendments: [Amendment]
  /// The evidence timeline, oldest first.
  public var evidence: [TimelineItem]
  /// The resolver's rule and rationale, once there is one.
  public var resolution: Resolution?

  /// Creates the detail of a forecast of `catalog`, or nil when no forecast has that id.
  public init?(
    forecastID: String, catalog: Catalog, state: ForecastState, amendments: [Amendment] = [],
    evidence: [TimelineItem] = [], resolution: Resolution? = nil
  ) {
    guard let forecast = catalog.forecast(forecastID) else { return nil }
    self.forecast = forecast
    self.question = catalog.question(forecast.question)
    self.speaker = catalog.speaker(forecast.speaker)
    self.source = catalog.source(forecast.source)
    self.state = state
    self.amendments = amendments
    self.evidence = evidence
    self.resolution = resolution
  }

  /// The detail as text lines joined by newlines, ending with a newline.
  public func render(style: TextStyle = .plain) -> String {
    var out = DetailWriter(style: style)
    out.heading("Forecast \(forecast.id)")
    out.field("speaker", speakerText)
    out.field("source", sourceText)
    out.field("said on", forecast.saidOn.description)
    out.field("quote", forecast.quote)
    out.field("translation", forecast.quoteEn)
    out.field("claim", forecast.claim)
    if let question {
      out.field("question", "\(question.id): \(question.title) (\(question.kind.rawValue))")
      out.field("criteria", question.criteria)
    } else {
      out.field("question", forecast.question)
    }
    if let window = forecast.window {
      out.field("window", "\(window.from) to \(window.to) (\(DetailWriter.describe(window.basis)))")
    }
    if let target = forecast.target {
      out.field("target", targetText(target))
    }
    out.field("confidence", confidenceText)
    if let note = forecast.note { out.field("note", note) }
    if let reason = forecast.alreadyTrueWhenSaid {
      out.field("judgement", "already true when said: \(reason)")
    }
    out.field("status", state.status.rawValue, role: .status(state.status))
    if let resolvedOn = state.resolvedOn { out.field("resolved on", resolvedOn.description) }

    out.section("Amendments", items: amendments.map(amendmentText))
    out.section("Evidence", items: evidence.map(evidenceText))
    out.section("Resolution", items: resolution.map(resolutionText) ?? [])
    return out.text
  }

  private var speakerText: String {
    guard let speaker else { return forecast.speaker }
    let name =
      speaker.name == speaker.nameEn ? speaker.nameEn : "\(speaker.name) \(speaker.nameEn)"
    let affiliations = speaker.affiliations.joined(separator: "; ")
    return affiliations.isEmpty
      ? "\(name) (\(speaker.id))" : "\(name) (\(speaker.id)), \(affiliations)"
  }

  private var sourceText: String {
    guard let source else { return forecast.source }
    var text = source.title == source.titleEn ? source.title : "\(source.title) / \(source.titleEn)"
    text += ", \(source.publisher)"
    if let heldOn = source.heldOn { text += ", held \(heldOn)" }
    if let publishedOn = source.publishedOn { text += ", published \(publishedOn)" }
    return text + "\n" + source.citation
  }

  private var confidenceText: String {
    let confidence = forecast.confidence
    let phrase = confidence.phrase.map { "\($0) → " } ?? ""
    let low = ProbabilityFormat.twoDecimals(confidence.interval.lowerBound)
    let high = ProbabilityFormat.twoDecimals(confidence.interval.upperBound)
    return "\(phrase)p = \(ProbabilityFormat.twoDecimals(confidence.p)), interval \(low)–\(high), "
      + DetailWriter.describe(confidence.basis)
  }

  private func targetText(_ target: NumericTarget) -> String {
    let unit = question?.metric.map { " \($0.unit)" } ?? ""
    let range: String
    switch (target.min, target.max) {
    case (let min?, let max?):
      range = "between \(NumberText.plain(min)) and \(NumberText.plain(max))\(unit)"
    case (let min?, nil): range = "at least \(NumberText.plain(min))\(unit)"
    case (nil, let max?): range = "at most \(NumberText.plain(max))\(unit)"
    case (nil, nil): range = "any value"
    }
    return "\(range) on \(target.at) (\(DetailWriter.describe(target.basis)))"
  }

  private func amendmentText(_ amendment: Amendment) -> String {
    let changes = amendment.changes.map {
      "\($0.field): \($0.old ?? "(none)") → \($0.new ?? "(none)")"
    }
    return "\(amendment.recordedOn)  " + changes.joined(separator: "; ")
  }

  private func evidenceText(_ item: TimelineItem) -> String {
    let scope = item.forecast == nil ? "" : " [this forecast only]"
    let retracted =
      item.retractedBy.map { " — retracted by entry \($0): \(item.retractionReason ?? "")" } ?? ""
    let source = item.sourceText.isEmpty ? "" : " (\(item.sourceText))"
    let excerpt = item.citation.excerpt.map { " “\($0)”" } ?? ""
    return
      "\(item.observed)  #\(item.seq) \(item.observation)\(scope): \(item.summary)\(excerpt)\(source)\(retracted)"
  }

  private func resolutionText(_ resolution: Resolution) -> [String] {
    var lines = ["\(resolution.rule.rawValue): \(resolution.rationale)"]
    if !resolution.flags.isEmpty {
      lines.append("flags: " + resolution.flags.map(\.rawValue).joined(separator: ", "))
    }
    if !resolution.entries.isEmpty {
      lines.append("entries used: " + resolution.entries.map { "#\($0)" }.joined(separator: ", "))
    }
    if !resolution.assessments.isEmpty {
      lines.append("assessments: " + resolution.assessments.summary)
    }
    if let needs = resolution.needs { lines.append("needs: " + needs) }
    return lines
  }

}
