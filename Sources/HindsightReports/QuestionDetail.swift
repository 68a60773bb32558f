import HindsightCore

/// Everything `show` prints about one question: its definition and a table of its forecasts.
public struct QuestionDetail: Sendable {
  /// The question.
  public var question: Question
  /// Its forecasts, in catalog order.
  public var forecasts: [ForecastRow]

  /// Creates the detail of a question of `catalog`, or nil when no question has that id.
  ///
  /// - Parameter state: the status (and outcome) of each forecast at the as-of date.
  public init?(questionID: String, catalog: Catalog, state: (Forecast) -> ForecastState) {
    guard let question = catalog.question(questionID) else { return nil }
    self.question = question
    self.forecasts = ForecastListing.rows(catalog: catalog, state: state).filter {
      $0.question == questionID
    }
  }

  /// The detail as text, ending with a newline; the forecast table fits `width` cells.
  public func render(width: Int?, style: TextStyle = .plain) -> String {
    var out = DetailWriter(style: style)
    out.heading("Question \(question.id)")
    out.field("title", question.title)
    out.field("kind", question.kind.rawValue)
    out.field("criteria", question.criteria)
    out.field("tags", question.tags.isEmpty ? "(none)" : question.tags.joined(separator: ", "))
    if let metric = question.metric {
      out.field(
        "metric",
        "\(metric.name) (\(metric.unit)); observations count within \(metric.toleranceDays) days "
          + "of a forecast's date")
    }
    if let note = question.note { out.field("note", note) }
    out.raw([""])
    out.heading("Forecasts")
    if forecasts.isEmpty {
      out.raw(["  " + style.apply(.dim, "none")])
    } else {
      // A page of rows at a time, each measured on its own and with its header.
      for start in stride(from: 0, to: forecasts.count, by: ForecastListing.pageSize) {
        let rows = Array(forecasts[start..<min(start + ForecastListing.pageSize, forecasts.count)])
        if start > 0 { out.raw([""]) }
        let statusColumn = ForecastListing.statusColumn
        out.raw(
          ForecastListing.table(rows, fitting: width).render(maxWidth: width) { row, column, text in
            guard let row, column == statusColumn else { return text }
            return style.apply(.status(rows[row].state.status), text)
          })
      }
    }
    return out.text
  }
}
