import Yams

extension CatalogParser {
  /// Reads one forecast nested under a question.
  mutating func readForecast(_ node: Node, context: ForecastContext) -> Forecast? {
    let known = [
      "id", "speaker", "source", "said_on", "quote", "quote_en", "claim", "window", "target",
      "confidence", "note", "already_true_when_said",
    ]
    guard let fields = reader.fields(node, label: "a forecast", known: known, idKind: "forecast")
    else { return nil }
    let id = readForecastID(fields)
    let speaker = readReference(
      fields, "speaker", known: context.known.speakerIDs, ids: context.known.speakers)
    let source = readReference(
      fields, "source", known: context.known.sourceIDs, ids: context.known.sources)
    let saidOn = reader.day(fields, "said_on")
    let quote = reader.text(fields, "quote")
    let quoteEn = reader.text(fields, "quote_en")
    let claim = reader.text(fields, "claim")
    let note = reader.text(fields, "note", required: false)
    let alreadyTrue = reader.reason(fields, "already_true_when_said")
    let (window, target, shapeOK) = readWindowOrTarget(fields, context: context)
    var confidence: Confidence?
    if let confidenceNode = fields.value("confidence") {
      confidence = readConfidence(confidenceNode, forecast: fields, names: context.known)
    } else {
      reader.missing(fields, "confidence")
    }
    guard let id, let question = context.questionID, let speaker, let source, let saidOn,
      let quote, let quoteEn, let claim, let confidence, shapeOK
    else { return nil }
    return Forecast(
      id: id, question: question, speaker: speaker, source: source, saidOn: saidOn, quote: quote,
      quoteEn: quoteEn, claim: claim, window: window, target: target, confidence: confidence,
      note: note, alreadyTrueWhenSaid: alreadyTrue)
  }

  /// Reads a forecast id (unique across the catalog) and remembers it for the collision check.
  mutating func readForecastID(_ fields: Fields) -> String? {
    let id = readID(fields, kind: "forecast", registry: \.forecasts)
    if let id, let node = fields.value("id") {
      forecastIDs.append((id, node.location))
    }
    return id
  }

  /// Reads a speaker or source id and checks it names a defined one (hint: the closest id).
  mutating func readReference(_ fields: Fields, _ key: String, known: NameIndex?, ids: Set<String>)
    -> String?
  {
    guard let id = reader.text(fields, key), let node = fields.value(key) else { return nil }
    guard let known, !ids.contains(id) else { return id }
    let section = key == "speaker" ? "speakers" : "sources"
    let hint =
      reader.suggest(id, in: known).map { "did you mean '\($0)'?" }
      ?? "no \(key) with that id is defined under '\(section)'"
    reader.report(node, "unknown \(key) '\(id)' in \(fields.label)", hint: hint)
    return nil
  }

  /// Reads the window or target the question's kind asks for; reports the other one, a missing
  /// one, and an editor basis without a note. `ok` is false when the shape is wrong.
  mutating func readWindowOrTarget(_ fields: Fields, context: ForecastContext)
    -> (window: Window?, target: NumericTarget?, ok: Bool)
  {
    let windowNode = fields.value("window")
    let targetNode = fields.value("target")
    let window = windowNode.flatMap { readWindow($0, forecast: fields) }
    let target = targetNode.flatMap { readTarget($0, forecast: fields) }
    guard let kind = context.kind else { return (window, target, false) }
    let question = context.questionLabel
    var ok = true
    switch kind {
    case .event, .binary:
      if let key = fields.keyNode("target") {
        reader.report(
          key,
          "\(fields.label) has a target, but \(question) is \(kind == .event ? "an" : "a") \(kind.rawValue) question",
          hint: "\(kind.rawValue) forecasts give a window; only numeric forecasts have a target")
        ok = false
      }
      if windowNode == nil {
        reader.report(
          fields.node, "\(fields.label) has no window, which \(kind.rawValue) \(question) needs",
          hint: "add a window with from, to and basis")
        ok = false
      }
      ok = ok && window != nil
    case .numeric:
      if let key = fields.keyNode("window") {
        reader.report(
          key, "\(fields.label) has a window, but \(question) is a numeric question",
          hint: "numeric forecasts give a target with at, min and/or max")
        ok = false
      }
      if targetNode == nil {
        reader.report(
          fields.node, "\(fields.label) has no target, which numeric \(question) needs",
          hint: "add a target with at, min and/or max, and basis")
        ok = false
      }
      ok = ok && target != nil
    }
    return (window, target, ok)
  }

  /// Reads `window: {from, to, basis}`; `from` must not be after `to`.
  mutating func readWindow(_ node: Node, forecast: Fields) -> Window? {
    let label = "the window of \(forecast.label)"
    guard let fields = reader.fields(node, label: label, known: ["from", "to", "basis"]) else {
      return nil
    }
    let from = reader.day(fields, "from")
    let to = reader.day(fields, "to")
    let basis = readDateBasis(fields, forecast: forecast, what: "window")
    if let from, let to, from > to, let fromNode = fields.value("from") {
      reader.report(
        fromNode, "window from \(from) is after its to \(to) in \(forecast.label)",
        hint: "swap them, or correct the dates")
      return nil
    }
    guard let from, let to, let basis else { return nil }
    return Window(from: from, to: to, basis: basis)
  }

  /// Reads `target: {at, min, max, basis}`; at least one bound, and `min` not above `max`.
  mutating func readTarget(_ node: Node, forecast: Fields) -> NumericTarget? {
    let label = "the target of \(forecast.label)"
    let known = ["at", "min", "max", "basis"]
    guard let fields = reader.fields(node, label: label, known: known) else { return nil }
    let at = reader.day(fields, "at")
    let min = reader.bounded(
      reader.number(fields, "min", required: false), fields.value("min"), field: "target min")
    let max = reader.bounded(
      reader.number(fields, "max", required: false), fields.value("max"), field: "target max")
    let basis = readDateBasis(fields, forecast: forecast, what: "target")
    if fields.value("min") == nil, fields.value("max") == nil {
      reader.report(
        node, "\(label) has neither min nor max", hint: "give min, max or both")
      return nil
    }
    if let min, let max, min > max, let minNode = fields.value("min") {
      reader.report(
        minNode, "target min \(minNode.raw) is above its max \(fields.value("max")?.raw ?? "")",
        hint: "swap them, or correct the values")
      return nil
    }
    guard let at, let basis else { return nil }
    return NumericTarget(at: at, min: min, max: max, basis: basis)
  }

  /// Reads a window's or target's basis; `editor` needs a forecast note.
  mutating func readDateBasis(_ fields: Fields, forecast: Fields, what: String) -> WindowBasis? {
    let basis = reader.choice(fields, "basis", as: WindowBasis.self)
    if basis == .editor, forecast.value("note") == nil, let node = fields.value("basis") {
      reader.report(
        node, "\(what) basis 'editor' in \(forecast.label) has no note saying why",
        hint: "add a forecast 'note' explaining how the editor chose the dates")
    }
    return basis
  }
}
