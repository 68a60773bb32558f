import HindsightCore
import HindsightReports
import Testing

/// The SVG charts: coordinates worked by hand from the plot geometry (plot area from x 52 to
/// 292 and y 30 to 270 for the reliability diagram).
@Suite struct ReviewChartTests {
  static let bin = CalibrationBin(
    lower: 0.7, upper: 0.8, n: 3, meanP: 0.75, observed: 0.5,
    observedCI95: Interval(low: 0.25, high: 0.75))

  @Test func reliabilityPointSitsAtMeanPAndObserved() {
    let svg = ReliabilityDiagram.svg(title: "Ada <Example>", bins: [Self.bin])
    // x = 52 + 0.75 × 240 = 232; y = 30 + (1 − 0.5) × 240 = 150.
    #expect(svg.contains("<circle class=\"point\" cx=\"232\" cy=\"150\" r=\"4.5\"/>"))
    // Interval bar from y(0.25) = 210 to y(0.75) = 90.
    #expect(svg.contains("<line class=\"ci\" x1=\"232\" y1=\"210\" x2=\"232\" y2=\"90\"/>"))
    #expect(svg.contains(">n=3</text>"))
    #expect(svg.contains("<title>Reliability diagram: Ada &lt;Example&gt;</title>"))
    #expect(svg.contains("aria-label=\"Reliability diagram: Ada &lt;Example&gt;\""))
    #expect(!svg.contains("<Example>"))
  }

  @Test func brierChartScalesToHalfOrOne() {
    let low = BrierSeries(
      speaker: "a", label: "A",
      points: [.init(year: 2030, brier: 0.2, n: 1), .init(year: 2031, brier: 0.4, n: 2)])
    let svg = BrierOverTime.svg(series: [low])
    // Max 0.4 ≤ 0.5: the top tick is 0.5. y(0.2) = 20 + (1 − 0.2 / 0.5) × 220 = 152.
    #expect(svg.contains(">0.5</text>"))
    #expect(svg.contains("cy=\"152\""))
    let high = BrierSeries(speaker: "a", label: "A", points: [.init(year: 2030, brier: 0.81, n: 1)])
    #expect(BrierOverTime.svg(series: [high]).contains(">1.0</text>"))
  }
}
