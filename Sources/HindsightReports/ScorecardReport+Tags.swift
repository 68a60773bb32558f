import Foundation
import HindsightCore

extension ScorecardReport {
  /// The lines of `scorecard --by tag`: one row per tag, the forecasts about its questions
  /// pooled over the speakers scored, with the ranked table's figures; none wider than
  /// `maxWidth` cells, leaving figures out as the ranked table does (and saying which).
  public static func tagTable(
    _ tagged: [TaggedScorecard], asOf: Day, knownBy: Date, maxWidth: Int?, wide: Bool = false
  ) -> [String] {
    let tableWidth = wide ? nil : maxWidth
    let shapes = Shape.tries.filter { $0.names == .original }
    let shape = fitting(shapes, maxWidth: tableWidth) { byTagTable(tagged, shape: $0) }
    var lines = ["Scorecard by tag as of \(asOf), known by \(Timestamp.format(knownBy))."]
    lines +=
      DisplayWidth.wrap(
        caption(shape) + " Each row pools every scored speaker's forecasts about questions "
          + "with the tag; a question with several tags counts under each.", toWidth: maxWidth)
      + [""]
    if tagged.isEmpty {
      lines.append("No forecast is about a question with a tag.")
    } else {
      lines += byTagTable(tagged, shape: shape).render(maxWidth: tableWidth)
    }
    var paragraph = legend(showing: shape.figures, ranked: false)
    if let maxWidth, !shape.dropped.isEmpty {
      paragraph =
        "Left out to fit \(maxWidth) columns: \(shape.dropped.joined(separator: ", ")) "
        + "(--wide shows every column). " + paragraph
    }
    return lines + [""] + DisplayWidth.wrap(paragraph, toWidth: maxWidth)
  }

  /// One row per tag: the tag, how many speakers, and the pooled figures.
  static func byTagTable(_ tagged: [TaggedScorecard], shape: Shape) -> TextTable {
    let shown = shape.cells
    return TextTable(
      columns: [
        TextTable.Column("tag", minWidth: 3), TextTable.Column("speakers", alignment: .right),
      ] + shown.map { TextTable.Column($0.header, alignment: $0.alignment) },
      rows: tagged.map { entry in
        [entry.tag, "\(entry.speakerCount)"]
          + shown.map { $0.cell(entry.card.overall, shape.intervalMethod) }
      })
  }
}
