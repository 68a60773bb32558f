import HindsightCore

/// The canonical JSON form of catalog items (field names as in `predictions.yaml`, snake_case;
/// absent optional fields are omitted, never `null`).
enum CatalogItemJSON {
  /// The item as a JSON object (without its kind, which travels beside it).
  static func encode(_ item: CatalogItem) -> JSONValue {
    switch item {
    case .source(let source): return encode(source)
    case .speaker(let speaker):
      return .object([
        "id": .string(speaker.id), "name": .string(speaker.name),
        "name_en": .string(speaker.nameEn),
        "affiliations": .array(speaker.affiliations.map(JSONValue.string)),
      ])
    case .question(let question): return encode(question)
    case .forecast(let forecast): return encode(forecast)
    }
  }

  /// Reads an item of the given kind (`source`, `speaker`, `question` or `forecast`).
  static func decode(_ value: JSONValue, kind: String) throws -> CatalogItem {
    let fields = try JSONFields(value, context: "\(kind) item")
    switch kind {
    case "source":
      return .source(
        Source(
          id: try fields.string("id"), title: try fields.string("title"),
          titleEn: try fields.string("title_en"), publisher: try fields.string("publisher"),
          heldOn: try fields.optionalDay("held_on"),
          publishedOn: try fields.optionalDay("published_on"),
          citation: try fields.string("citation")))
    case "speaker":
      return .speaker(
        Speaker(
          id: try fields.string("id"), name: try fields.string("name"),
          nameEn: try fields.string("name_en"), affiliations: try fields.strings("affiliations")))
    case "question": return .question(try decodeQuestion(fields))
    case "forecast": return .forecast(try decodeForecast(fields))
    default:
      throw LedgerError.malformedPayload(
        context: "catalog item", reason: "unknown item kind '\(kind)'")
    }
  }

  private static func encode(_ source: Source) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(source.id), "title": .string(source.title),
      "title_en": .string(source.titleEn), "publisher": .string(source.publisher),
      "citation": .string(source.citation),
    ]
    if let day = source.heldOn { members["held_on"] = .string(day.description) }
    if let day = source.publishedOn { members["published_on"] = .string(day.description) }
    return .object(members)
  }

  private static func encode(_ question: Question) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(question.id), "title": .string(question.title),
      "kind": .string(question.kind.rawValue), "criteria": .string(question.criteria),
      "tags": .array(question.tags.map(JSONValue.string)),
    ]
    if let metric = question.metric {
      members["metric"] = .object([
        "name": .string(metric.name), "unit": .string(metric.unit),
        "tolerance_days": .number(Double(metric.toleranceDays)),
      ])
    }
    if let note = question.note { members["note"] = .string(note) }
    return .object(members)
  }

  private static func decodeQuestion(_ fields: JSONFields) throws -> Question {
    var metric: Metric?
    if let object = try fields.optionalObject("metric") {
      metric = Metric(
        name: try object.string("name"), unit: try object.string("unit"),
        toleranceDays: Int(try object.int64("tolerance_days")))
    }
    return Question(
      id: try fields.string("id"), title: try fields.string("title"),
      kind: try fields.rawValue("kind", as: QuestionKind.self),
      criteria: try fields.string("criteria"), tags: try fields.strings("tags"), metric: metric,
      note: try fields.optionalString("note"))
  }

  private static func encode(_ forecast: Forecast) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(forecast.id), "question": .string(forecast.question),
      "speaker": .string(forecast.speaker), "source": .string(forecast.source),
      "said_on": .string(forecast.saidOn.description), "quote": .string(forecast.quote),
      "quote_en": .string(forecast.quoteEn), "claim": .string(forecast.claim),
    ]
    if let window = forecast.window {
      members["window"] = .object([
        "from": .string(window.from.description), "to": .string(window.to.description),
        "basis": .string(window.basis.rawValue),
      ])
    }
    if let target = forecast.target {
      var object: [String: JSONValue] = [
        "at": .string(target.at.description), "basis": .string(target.basis.rawValue),
      ]
      if let min = target.min { object["min"] = .number(min) }
      if let max = target.max { object["max"] = .number(max) }
      members["target"] = .object(object)
    }
    let confidence = forecast.confidence
    var object: [String: JSONValue] = [
      "p": .number(confidence.p),
      "interval": .array([
        .number(confidence.interval.lowerBound), .number(confidence.interval.upperBound),
      ]),
      "basis": .string(confidence.basis.rawValue),
    ]
    if let phrase = confidence.phrase { object["phrase"] = .string(phrase) }
    members["confidence"] = .object(object)
    if let note = forecast.note { members["note"] = .string(note) }
    if let reason = forecast.alreadyTrueWhenSaid {
      members["already_true_when_said"] = .string(reason)
    }
    return .object(members)
  }

  private static func decodeForecast(_ fields: JSONFields) throws -> Forecast {
    var window: Window?
    if let object = try fields.optionalObject("window") {
      window = Window(
        from: try object.day("from"), to: try object.day("to"),
        basis: try object.rawValue("basis", as: WindowBasis.self))
    }
    var target: NumericTarget?
    if let object = try fields.optionalObject("target") {
      target = NumericTarget(
        at: try object.day("at"), min: try object.optionalNumber("min"),
        max: try object.optionalNumber("max"),
        basis: try object.rawValue("basis", as: WindowBasis.self))
    }
    let object = try fields.object("confidence")
    let bounds = try object.numbers("interval")
    guard bounds.count == 2, bounds[0] <= bounds[1] else {
      throw object.fail("interval", "a pair [low, high] with low ≤ high")
    }
    let confidence = Confidence(
      phrase: try object.optionalString("phrase"), p: try object.number("p"),
      interval: bounds[0]...bounds[1],
      basis: try object.rawValue("basis", as: ConfidenceBasis.self))
    return Forecast(
      id: try fields.string("id"), question: try fields.string("question"),
      speaker: try fields.string("speaker"), source: try fields.string("source"),
      saidOn: try fields.day("said_on"), quote: try fields.string("quote"),
      quoteEn: try fields.string("quote_en"), claim: try fields.string("claim"), window: window,
      target: target, confidence: confidence, note: try fields.optionalString("note"),
      alreadyTrueWhenSaid: try fields.optionalString("already_true_when_said"))
  }
}
