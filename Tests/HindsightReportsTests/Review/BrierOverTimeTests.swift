import Testing

@testable import HindsightReports

/// The chart's value labels never overlap: a value within a label's height of one already
/// written at the same point is left to the table (FICTIONAL series).
@Suite struct BrierOverTimeTests {
  @Test func closeValuesShareOneLabel() {
    // On the 0–0.5 axis, 220 cells high, 0.30 and 0.31 are 4.4 cells apart: one label; 0.45 is
    // 66 cells away: its own.
    let svg = BrierOverTime.svg(
      columns: ["< 30 days"],
      series: [("Ada", [0.30]), ("Bo", [0.31]), ("Cy", [0.45])],
      title: "Fictional", xLabel: "Fictional")
    #expect(svg.components(separatedBy: "class=\"value\"").count - 1 == 2)
    #expect(svg.contains(">0.300<") && svg.contains(">0.450<") && !svg.contains(">0.310<"))
  }
}
