import HindsightCore

/// A reliability diagram as inline SVG: predicted probability (x, 0–1) against observed
/// frequency (y, 0–1), the diagonal of perfect calibration, one point per non-empty bin at
/// (mean p, observed) labelled with its count, and the bin's Wilson 95% interval as a bar.
public enum ReliabilityDiagram {
  /// The diagram of `bins` titled `title` (e.g. the speaker's name).
  public static func svg(title: String, bins: [CalibrationBin]) -> String {
    let plot = SVGPlot(
      width: 320, height: 320, left: 52, top: 30, plotWidth: 240, plotHeight: 240, yMax: 1)
    func x(_ p: Double) -> Double { plot.left + p * plot.plotWidth }
    let points = bins.map {
      "\(ReviewFormat.bin($0)): n \($0.n), mean p \(ReviewFormat.fixed($0.meanP, digits: 2)), observed \(ReviewFormat.fixed($0.observed, digits: 2))"
    }
    var out = plot.open(
      title: "Reliability diagram: \(title)",
      description: bins.isEmpty
        ? "No resolved forecasts." : "Bins: " + points.joined(separator: "; ") + ".",
      className: "chart reliability")
    out +=
      "<text class=\"chart-title\" x=\"\(SVGPlot.n(plot.left))\" y=\"18\">\(HTMLText.escape(title))</text>"
    let ticks = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    out += plot.yAxis(ticks: ticks, label: "Observed frequency")
    for tick in ticks { out += plot.xTick(at: x(tick), label: ReviewFormat.fixed(tick, digits: 1)) }
    out += plot.xLabel("Predicted probability")
    out +=
      "<line class=\"diagonal\" x1=\"\(SVGPlot.n(x(0)))\" y1=\"\(SVGPlot.n(plot.y(0)))\" x2=\"\(SVGPlot.n(x(1)))\" y2=\"\(SVGPlot.n(plot.y(1)))\"/>"
    if bins.isEmpty {
      out +=
        "<text class=\"empty\" x=\"\(SVGPlot.n(x(0.5)))\" y=\"\(SVGPlot.n(plot.y(0.5)))\" text-anchor=\"middle\">No resolved forecasts</text>"
    }
    for bin in bins {
      let px = SVGPlot.n(x(bin.meanP))
      let (low, high) = (plot.y(bin.observedCI95.low), plot.y(bin.observedCI95.high))
      out +=
        "<g class=\"bin\"><line class=\"ci\" x1=\"\(px)\" y1=\"\(SVGPlot.n(low))\" x2=\"\(px)\" y2=\"\(SVGPlot.n(high))\"/>"
        + "<line class=\"ci\" x1=\"\(SVGPlot.n(x(bin.meanP) - 4))\" y1=\"\(SVGPlot.n(low))\" x2=\"\(SVGPlot.n(x(bin.meanP) + 4))\" y2=\"\(SVGPlot.n(low))\"/>"
        + "<line class=\"ci\" x1=\"\(SVGPlot.n(x(bin.meanP) - 4))\" y1=\"\(SVGPlot.n(high))\" x2=\"\(SVGPlot.n(x(bin.meanP) + 4))\" y2=\"\(SVGPlot.n(high))\"/>"
        + SVGPlot.marker(0, x: x(bin.meanP), y: plot.y(bin.observed), className: "point")
      let labelRight = bin.meanP < 0.8
      out +=
        "<text class=\"count\" x=\"\(SVGPlot.n(x(bin.meanP) + (labelRight ? 8 : -8)))\" y=\"\(SVGPlot.n(plot.y(bin.observed) - 6))\" text-anchor=\"\(labelRight ? "start" : "end")\">n=\(bin.n)</text></g>"
    }
    return out + "</svg>"
  }
}
