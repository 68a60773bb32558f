/// Brier scores as an inline SVG line chart: columns on x (year ends, or horizons), Brier
/// (0–0.5, or 0–1 when a score exceeds 0.5) on y, one line per series with its own marker
/// shape and dash pattern, each point labelled with its value, and a legend naming the series.
public enum BrierOverTime {
  /// The chart of `series` (all with the same years).
  public static func svg(series: [BrierSeries]) -> String {
    svg(
      columns: (series.first?.points ?? []).map { "\($0.year)" },
      series: series.map { line in (line.label, line.points.map(\.brier)) },
      title: "Brier score at each year end (0–1 scale, lower is better)",
      xLabel: "31 December of each year")
  }

  /// The chart of `series`, each with one value (or none) per column, titled `title`, its x
  /// axis named `xLabel`.
  public static func svg(
    columns: [String], series: [(label: String, values: [Double?])], title: String,
    xLabel: String
  ) -> String {
    let years = columns
    let values = series.flatMap { $0.values.compactMap { $0 } }
    let yMax = (values.max() ?? 0) > 0.5 ? 1.0 : 0.5
    let legendRows = Double(series.count)
    let plot = SVGPlot(
      width: 440, height: 300 + legendRows * 18, left: 56, top: 20, plotWidth: 364,
      plotHeight: 220, yMax: yMax)
    func x(_ index: Int) -> Double {
      years.count <= 1
        ? plot.left + plot.plotWidth / 2
        : plot.left + 24 + Double(index) * (plot.plotWidth - 48) / Double(years.count - 1)
    }
    let description = series.map { line in
      line.label + ": "
        + zip(columns, line.values).map { "\($0) \(ReviewFormat.fixed($1))" }
        .joined(separator: ", ")
    }.joined(separator: "; ")
    var out = plot.open(title: title, description: description, className: "chart brier")
    let ticks = stride(from: 0.0, through: yMax, by: yMax / 5).map { $0 }
    out += plot.yAxis(ticks: ticks, label: "Brier score (lower is better)")
    for (index, year) in years.enumerated() { out += plot.xTick(at: x(index), label: year) }
    out += plot.xLabel(xLabel)
    if values.isEmpty {
      out +=
        "<text class=\"empty\" x=\"\(SVGPlot.n(plot.left + plot.plotWidth / 2))\" y=\"\(SVGPlot.n(plot.y(yMax / 2)))\" text-anchor=\"middle\">No resolved forecasts yet</text>"
    }
    // The heights of the value labels written at each x, so that labels never overlap.
    var labelled: [String: [Double]] = [:]
    for (number, line) in series.enumerated() {
      let style = "s\(number % 5)"
      let defined = line.values.enumerated().compactMap { index, value in
        value.map { (x: x(index), y: plot.y($0), value: $0) }
      }
      if defined.count > 1 {
        let path = defined.enumerated().map { i, p in
          "\(i == 0 ? "M" : "L")\(SVGPlot.n(p.x)) \(SVGPlot.n(p.y))"
        }.joined()
        out += "<path class=\"series \(style) dash\(number % 3)\" d=\"\(path)\"/>"
      }
      for point in defined {
        out += SVGPlot.marker(number, x: point.x, y: point.y, className: "mark \(style)")
        // One value label per position: a score within a label's height of one already written
        // at that x (equal scores of two series, say) is left to the table below the chart.
        let column = SVGPlot.n(point.x)
        guard !(labelled[column] ?? []).contains(where: { abs($0 - point.y) < 12 }) else {
          continue
        }
        labelled[column, default: []].append(point.y)
        out +=
          "<text class=\"value\" x=\"\(SVGPlot.n(point.x + 7))\" y=\"\(SVGPlot.n(point.y - 7))\">\(ReviewFormat.fixed(point.value))</text>"
      }
      let legendY = plot.top + plot.plotHeight + 56 + Double(number) * 18
      out +=
        "<line class=\"series \(style) dash\(number % 3)\" x1=\"\(SVGPlot.n(plot.left))\" y1=\"\(SVGPlot.n(legendY))\" x2=\"\(SVGPlot.n(plot.left + 28))\" y2=\"\(SVGPlot.n(legendY))\"/>"
        + SVGPlot.marker(number, x: plot.left + 14, y: legendY, className: "mark \(style)")
        + "<text class=\"legend\" x=\"\(SVGPlot.n(plot.left + 36))\" y=\"\(SVGPlot.n(legendY))\" dominant-baseline=\"middle\">\(HTMLText.escape(line.label))</text>"
    }
    return out + "</svg>"
  }
}
