import Yams

extension CatalogParser {
  /// Reads a question and the forecasts nested under it.
  mutating func readQuestion(_ node: Node, scale: ConfidenceScale, names: KnownNames)
    -> (Question, [Forecast])?
  {
    let known = ["id", "title", "kind", "criteria", "tags", "note", "metric", "forecasts"]
    guard let fields = reader.fields(node, label: "a question", known: known, idKind: "question")
    else { return nil }
    let id = readID(fields, kind: "question", registry: \.questions)
    let title = reader.text(fields, "title")
    let kind = reader.choice(fields, "kind", as: QuestionKind.self)
    let criteria = reader.text(fields, "criteria")
    let tags = reader.textList(fields, "tags")
    let note = reader.text(fields, "note", required: false)
    var metric: Metric?
    if let metricNode = fields.value("metric") {
      metric = readMetric(metricNode, question: fields)
      if let kind, kind != .numeric {
        reader.report(
          fields.keyNode("metric") ?? metricNode, "\(kind.rawValue) \(fields.label) has a metric",
          hint: "only numeric questions have a metric; remove it or make the kind numeric")
      }
    } else if kind == .numeric {
      reader.report(
        node, "numeric \(fields.label) has no metric",
        hint: "add a metric with name, unit and tolerance_days")
    }
    var forecasts: [Forecast] = []
    let context = ForecastContext(
      questionID: id, questionLabel: fields.label, kind: kind, scale: scale, known: names)
    for forecastNode in reader.list(fields, "forecasts", required: false) ?? [] {
      if let forecast = readForecast(forecastNode, context: context) {
        forecasts.append(forecast)
      }
    }
    guard let id, let title, let kind, let criteria, let tags else { return nil }
    let question = Question(
      id: id, title: title, kind: kind, criteria: criteria, tags: tags, metric: metric, note: note)
    return (question, forecasts)
  }

  /// The ids of an index, in the order they are written.
  static func inFileOrder(_ index: [String: CatalogLocation]) -> [String] {
    index.sorted { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }.map(\.key)
  }

  /// Reads a numeric question's metric.
  mutating func readMetric(_ node: Node, question: Fields) -> Metric? {
    let label = "the metric of \(question.label)"
    let known = ["name", "unit", "tolerance_days"]
    guard let fields = reader.fields(node, label: label, known: known) else { return nil }
    let name = reader.text(fields, "name")
    let unit = reader.text(fields, "unit")
    var tolerance = reader.integer(fields, "tolerance_days")
    if let days = tolerance, let daysNode = fields.value("tolerance_days") {
      if days < 0 {
        reader.report(
          daysNode, "tolerance_days \(days) is negative", hint: "give a number of days, 0 or more")
        tolerance = nil
      } else if days > CatalogLimits.toleranceDays {
        reader.report(
          daysNode,
          "tolerance_days \(daysNode.raw) is more than \(CatalogLimits.toleranceDays) days (100 years)",
          hint: "give a number of days from 0 to \(CatalogLimits.toleranceDays)")
        tolerance = nil
      }
    }
    guard let name, let unit, let tolerance else { return nil }
    return Metric(name: name, unit: unit, toleranceDays: tolerance)
  }
}
