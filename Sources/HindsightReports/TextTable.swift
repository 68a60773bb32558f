/// A plain-text table that fits a terminal: columns aligned by display width, rows never wrap.
///
/// Columns are separated by two spaces. When the natural width exceeds `maxWidth`, the widest
/// flexible column (the rightmost of equals) is narrowed one cell at a time (its cells truncated with `…`) until the
/// table fits or every flexible column is at its minimum; then any column not marked
/// `keepWhole` is narrowed the same way, down to one cell, then the `keepWhole` ones. As a last resort each line is cut to `maxWidth`, so no rendered line
/// is ever wider than `maxWidth` cells.
public struct TextTable: Sendable {
  /// One column: its header, alignment and whether it may be narrowed first.
  public struct Column: Hashable, Sendable {
    /// The header text.
    public var header: String
    /// Which side cells sit on.
    public var alignment: DisplayWidth.Alignment
    /// Whether this column is narrowed before the others when the table is too wide.
    public var flexible: Bool
    /// The narrowest this column becomes while flexible columns are being narrowed.
    public var minWidth: Int
    /// Whether this column (e.g. ids a reader copies) is narrowed only after every other
    /// column is one cell wide.
    public var keepWhole: Bool

    /// Creates a column.
    public init(
      _ header: String, alignment: DisplayWidth.Alignment = .left, flexible: Bool = false,
      minWidth: Int = 8, keepWhole: Bool = false
    ) {
      self.header = header
      self.alignment = alignment
      self.flexible = flexible
      self.minWidth = minWidth
      self.keepWhole = keepWhole
    }
  }

  /// Styles one padded cell for display (e.g. with colour); gets the row index (nil for the
  /// header), the column index and the padded text, and must not change its width.
  public typealias CellStyle = @Sendable (_ row: Int?, _ column: Int, _ text: String) -> String

  /// The columns, left to right.
  public var columns: [Column]
  /// The rows; each has one cell per column (missing cells are empty, extra ones ignored).
  public var rows: [[String]]

  /// Creates a table.
  public init(columns: [Column], rows: [[String]]) {
    self.columns = columns
    self.rows = rows
  }

  /// The width of each column after fitting the table into `maxWidth` cells (nil: no limit).
  public func columnWidths(maxWidth: Int?) -> [Int] {
    var widths = columns.enumerated().map { index, column in
      rows.reduce(DisplayWidth.of(DisplayWidth.singleLine(column.header))) { widest, row in
        max(widest, DisplayWidth.of(cell(row, index)))
      }
    }
    guard let maxWidth, !widths.isEmpty else { return widths }
    let separators = 2 * (widths.count - 1)
    func excess() -> Int { widths.reduce(separators, +) - maxWidth }
    while excess() > 0 {
      if let index = widest(
        in: widths, where: { columns[$0].flexible && widths[$0] > columns[$0].minWidth })
      {
        widths[index] -= 1
      } else if let index = widest(
        in: widths, where: { !columns[$0].keepWhole && widths[$0] > 1 })
      {
        widths[index] -= 1
      } else if let index = widest(in: widths, where: { widths[$0] > 1 }) {
        widths[index] -= 1
      } else {
        break
      }
    }
    return widths
  }

  /// The rendered lines (header first), none wider than `maxWidth` cells, with no trailing spaces.
  public func render(maxWidth: Int?, style: CellStyle? = nil) -> [String] {
    let widths = columnWidths(maxWidth: maxWidth)
    var lines = [
      line(columns.map(\.header), row: nil, widths: widths, maxWidth: maxWidth, style: style)
    ]
    for (index, row) in rows.enumerated() {
      lines.append(line(row, row: index, widths: widths, maxWidth: maxWidth, style: style))
    }
    return lines
  }

  private func cell(_ row: [String], _ index: Int) -> String {
    index < row.count ? DisplayWidth.singleLine(row[index]) : ""
  }

  private func widest(in widths: [Int], where include: (Int) -> Bool) -> Int? {
    var best: Int?
    for index in widths.indices where include(index) {
      if best == nil || widths[index] >= widths[best!] { best = index }
    }
    return best
  }

  private func line(
    _ cells: [String], row: Int?, widths: [Int], maxWidth: Int?, style: CellStyle?
  ) -> String {
    var plain: [String] = []
    for (index, column) in columns.enumerated() {
      let text = index < cells.count ? DisplayWidth.singleLine(cells[index]) : ""
      plain.append(DisplayWidth.pad(text, toWidth: widths[index], alignment: column.alignment))
    }
    let lastText = plain.last.map { String($0.reversed().drop { $0 == " " }.reversed()) } ?? ""
    if !plain.isEmpty { plain[plain.count - 1] = lastText }
    let joinedPlain = plain.joined(separator: "  ")
    if let maxWidth, DisplayWidth.of(joinedPlain) > maxWidth {
      // Only reached when even one-cell columns cannot fit: cut the whole line, unstyled.
      return DisplayWidth.truncate(joinedPlain, toWidth: maxWidth)
    }
    guard let style else { return trimmingTrailingSpaces(joinedPlain) }
    let styled = plain.enumerated().map { style(row, $0.offset, $0.element) }
    return trimmingTrailingSpaces(styled.joined(separator: "  "))
  }

  private func trimmingTrailingSpaces(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    return result
  }
}
