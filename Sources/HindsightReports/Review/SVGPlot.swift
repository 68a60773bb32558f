/// The frame of a chart: a plot area with 0–`yMax` on the y axis, gridlines, ticks and axis
/// labels, as SVG text. Every piece of text goes through ``HTMLText/escape(_:)``.
struct SVGPlot {
  /// The whole drawing's size.
  var width: Double
  var height: Double
  /// The plot area.
  var left: Double
  var top: Double
  var plotWidth: Double
  var plotHeight: Double
  /// The top of the y axis.
  var yMax: Double

  /// The y coordinate of a value on the y axis.
  func y(_ value: Double) -> Double { top + (1 - value / yMax) * plotHeight }

  /// A number for an SVG coordinate: at most two decimals, no trailing zeros.
  static func n(_ value: Double) -> String {
    let text = ReviewFormat.fixed(value, digits: 2)
    var trimmed = Substring(text)
    while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
    if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }

  /// `<svg …>` with `<title>` and `<desc>`, labelled for assistive technology.
  func open(title: String, description: String, className: String) -> String {
    let label = HTMLText.escape(title)
    return
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(className)\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" role=\"img\" aria-label=\"\(label)\">"
      + "<title>\(label)</title><desc>\(HTMLText.escape(description))</desc>"
  }

  /// Horizontal gridlines with their labels at `ticks`, the frame, and the y axis label.
  func yAxis(ticks: [Double], label: String, digits: Int = 1) -> String {
    var out = ""
    for tick in ticks {
      let y = Self.n(y(tick))
      out +=
        "<line class=\"grid\" x1=\"\(Self.n(left))\" y1=\"\(y)\" x2=\"\(Self.n(left + plotWidth))\" y2=\"\(y)\"/>"
        + "<text class=\"tick\" x=\"\(Self.n(left - 6))\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(ReviewFormat.fixed(tick, digits: digits))</text>"
    }
    out +=
      "<rect class=\"frame\" x=\"\(Self.n(left))\" y=\"\(Self.n(top))\" width=\"\(Self.n(plotWidth))\" height=\"\(Self.n(plotHeight))\"/>"
    let midY = Self.n(top + plotHeight / 2)
    out +=
      "<text class=\"axis\" x=\"14\" y=\"\(midY)\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(midY))\">\(HTMLText.escape(label))</text>"
    return out
  }

  /// A tick label under the plot at `x`, with a short tick mark.
  func xTick(at x: Double, label: String) -> String {
    let bottom = top + plotHeight
    return
      "<line class=\"frame\" x1=\"\(Self.n(x))\" y1=\"\(Self.n(bottom))\" x2=\"\(Self.n(x))\" y2=\"\(Self.n(bottom + 4))\"/>"
      + "<text class=\"tick\" x=\"\(Self.n(x))\" y=\"\(Self.n(bottom + 16))\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>"
  }

  /// The x axis label, centred under the tick labels.
  func xLabel(_ label: String) -> String {
    "<text class=\"axis\" x=\"\(Self.n(left + plotWidth / 2))\" y=\"\(Self.n(top + plotHeight + 34))\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>"
  }

  /// A marker of one of five shapes (circle, square, triangle, diamond, cross) centred at
  /// (x, y), so series differ without colour.
  static func marker(_ shape: Int, x: Double, y: Double, className: String) -> String {
    let (cx, cy) = (x, y)
    switch shape % 5 {
    case 0:
      return "<circle class=\"\(className)\" cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"4.5\"/>"
    case 1:
      return
        "<rect class=\"\(className)\" x=\"\(n(cx - 4))\" y=\"\(n(cy - 4))\" width=\"8\" height=\"8\"/>"
    case 2:
      return
        "<path class=\"\(className)\" d=\"M\(n(cx)) \(n(cy - 5.5))L\(n(cx + 5)) \(n(cy + 4))L\(n(cx - 5)) \(n(cy + 4))Z\"/>"
    case 3:
      return
        "<path class=\"\(className)\" d=\"M\(n(cx)) \(n(cy - 5.5))L\(n(cx + 5.5)) \(n(cy))L\(n(cx)) \(n(cy + 5.5))L\(n(cx - 5.5)) \(n(cy))Z\"/>"
    default:
      return
        "<path class=\"\(className) cross\" d=\"M\(n(cx - 4.5)) \(n(cy - 4.5))L\(n(cx + 4.5)) \(n(cy + 4.5))M\(n(cx + 4.5)) \(n(cy - 4.5))L\(n(cx - 4.5)) \(n(cy + 4.5))\"/>"
    }
  }
}
