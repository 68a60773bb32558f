/// A plain-text table that fits a terminal: columns aligned by display width, rows never wrap.
///
/// Columns are separated by two spaces. With no width limit every cell is printed whole. When
/// the natural width exceeds `maxWidth`:
///
/// 1. the widest flexible column (the rightmost of equals) is narrowed one cell at a time (its
///    cells cut with `…`) until the table fits or every flexible column is at its minimum;
/// 2. if it still does not fit, a column whose `below` allows it leaves the row's line and goes
///    under the row (flexible ones first, the rightmost first), and step 1 starts again from
///    the natural widths of the columns left;
/// 3. if nothing more can move, any column not marked `keepWhole` is narrowed the same way,
///    down to one cell, then the `keepWhole` ones;
/// 4. as a last resort each line is cut to `maxWidth`.
///
/// No rendered line is ever wider than `maxWidth` cells. Moved cells are printed under their
/// row, indented by two spaces, each on a line of its own or (`beforeNext`) at the start of the
/// next moved cell's line, padded so that the cells after it line up; the line is cut to fit.
/// The header has the same lines, so every line of a row has its heading.
public struct TextTable: Sendable {
  /// One column: its header, alignment and how it gives way when the table is too wide.
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
    /// Whether this column's cells may leave the row's line, and where they go.
    public var below: Below

    /// Creates a column.
    public init(
      _ header: String, alignment: DisplayWidth.Alignment = .left, flexible: Bool = false,
      minWidth: Int = 8, keepWhole: Bool = false, below: Below = .never
    ) {
      self.header = header
      self.alignment = alignment
      self.flexible = flexible
      self.minWidth = minWidth
      self.keepWhole = keepWhole
      self.below = below
    }
  }

  /// Whether a column's cells may go under their row when the row's line is too narrow.
  public enum Below: Hashable, Sendable {
    /// The cells stay on the row's line.
    case never
    /// The cells may go onto a line of their own under their row.
    case ownLine
    /// The cells may go under their row at the start of the next moved column's line (a line
    /// of their own when no later column moved).
    case beforeNext
  }

  /// Where each column goes and how wide it is once the table is fitted to a width.
  public struct Layout: Hashable, Sendable {
    /// Each column's width on the row's line (a moved column keeps its natural width here).
    public var widths: [Int]
    /// The columns moved onto lines of their own, in column order.
    public var below: [Int]
    /// Each column's natural width: its widest cell or header.
    public var natural: [Int]

    /// Whether every cell is printed whole on one line: nothing cut, nothing moved.
    public var isWhole: Bool { below.isEmpty && widths == natural }

    /// Whether the cells of `column` are printed whole (inline and not narrowed).
    public func keepsWhole(_ column: Int) -> Bool {
      !below.contains(column) && widths[column] >= natural[column]
    }
  }

  /// Styles one padded cell for display (e.g. with colour); gets the row index (nil for the
  /// header), the column index and the padded text, and must not change its width.
  public typealias CellStyle = @Sendable (_ row: Int?, _ column: Int, _ text: String) -> String

  /// The indent of a moved cell's line.
  public static let belowIndent = "  "

  /// The columns, left to right.
  public var columns: [Column]
  /// The rows; each has one cell per column (missing cells are empty, extra ones ignored).
  public var rows: [[String]]

  /// Creates a table.
  public init(columns: [Column], rows: [[String]]) {
    self.columns = columns
    self.rows = rows
  }

  /// Each column's natural width: its widest cell or header, in cells.
  public func naturalWidths() -> [Int] {
    columns.enumerated().map { index, column in
      rows.reduce(DisplayWidth.of(DisplayWidth.singleLine(column.header))) { widest, row in
        max(widest, DisplayWidth.of(cell(row, index)))
      }
    }
  }

  /// The width of each column after fitting the table into `maxWidth` cells (nil: no limit).
  public func columnWidths(maxWidth: Int?) -> [Int] {
    layout(maxWidth: maxWidth).widths
  }

  /// The table fitted into `maxWidth` cells (nil: no limit, every cell whole).
  public func layout(maxWidth: Int?) -> Layout {
    let natural = naturalWidths()
    guard let maxWidth, !natural.isEmpty else {
      return Layout(widths: natural, below: [], natural: natural)
    }
    // Flexible columns move first, then the others; the rightmost first within each group.
    let movable = columns.indices.dropFirst().filter { columns[$0].below != .never }
    let moveOrder: [Int] =
      Array(movable.filter { columns[$0].flexible }.reversed())
      + Array(movable.filter { !columns[$0].flexible }.reversed())
    var below: Set<Int> = []
    var moves = moveOrder[...]
    while true {
      var widths = natural
      let inline = columns.indices.filter { !below.contains($0) }
      let separators = 2 * (inline.count - 1)
      func excess() -> Int { inline.reduce(separators) { $0 + widths[$1] } - maxWidth }
      while excess() > 0,
        let index = widest(
          among: inline, widths,
          where: { columns[$0].flexible && widths[$0] > columns[$0].minWidth })
      {
        widths[index] -= 1
      }
      if excess() > 0, let next = moves.popFirst() {
        below.insert(next)
        continue
      }
      while excess() > 0 {
        if let index = widest(
          among: inline, widths, where: { !columns[$0].keepWhole && widths[$0] > 1 })
        {
          widths[index] -= 1
        } else if let index = widest(among: inline, widths, where: { widths[$0] > 1 }) {
          widths[index] -= 1
        } else {
          break
        }
      }
      for index in below { widths[index] = natural[index] }
      return Layout(widths: widths, below: below.sorted(), natural: natural)
    }
  }

  /// The rendered lines (header first), none wider than `maxWidth` cells, with no trailing
  /// spaces; a row whose columns moved below takes one more line for each non-empty moved cell.
  public func render(maxWidth: Int?, style: CellStyle? = nil) -> [String] {
    let layout = layout(maxWidth: maxWidth)
    var lines = block(
      columns.map(\.header), row: nil, layout: layout, maxWidth: maxWidth, style: style)
    for (index, row) in rows.enumerated() {
      lines += block(row, row: index, layout: layout, maxWidth: maxWidth, style: style)
    }
    return lines
  }

  private func cell(_ row: [String], _ index: Int) -> String {
    index < row.count ? DisplayWidth.singleLine(row[index]) : ""
  }

  private func widest(among indices: [Int], _ widths: [Int], where include: (Int) -> Bool)
    -> Int?
  {
    var best: Int?
    for index in indices where include(index) {
      if best == nil || widths[index] >= widths[best!] { best = index }
    }
    return best
  }

  /// A row's line and the lines of its moved cells.
  private func block(
    _ cells: [String], row: Int?, layout: Layout, maxWidth: Int?, style: CellStyle?
  ) -> [String] {
    var lines = [line(cells, row: row, layout: layout, maxWidth: maxWidth, style: style)]
    var group: [Int] = []
    for (position, index) in layout.below.enumerated() {
      group.append(index)
      if columns[index].below == .beforeNext, position + 1 < layout.below.count { continue }
      if let text = belowLine(cells, group, row: row, layout: layout, maxWidth, style) {
        lines.append(text)
      }
      group = []
    }
    return lines
  }

  /// One line of moved cells (`group`, in column order), or nil when they are all empty.
  private func belowLine(
    _ cells: [String], _ group: [Int], row: Int?, layout: Layout, _ maxWidth: Int?,
    _ style: CellStyle?
  ) -> String? {
    let texts = group.map { cell(cells, $0) }
    guard texts.contains(where: { !$0.isEmpty }) else { return nil }
    var room = maxWidth.map { $0 - DisplayWidth.of(Self.belowIndent) }
    var plain: [String] = []
    for (position, index) in group.enumerated() {
      let isLast = position == group.count - 1
      var text = texts[position]
      if !isLast { text = DisplayWidth.pad(text, toWidth: layout.natural[index]) + "  " }
      if let left = room {
        text = DisplayWidth.truncate(text, toWidth: left)
        room = left - DisplayWidth.of(text)
      }
      plain.append(text)
    }
    let joined = Self.belowIndent + plain.joined()
    guard let style else { return trimmingTrailingSpaces(joined) }
    let styled = zip(group, plain).map { $0.1.isEmpty ? "" : style(row, $0.0, $0.1) }
    return trimmingTrailingSpaces(Self.belowIndent + styled.joined())
  }

  private func line(
    _ cells: [String], row: Int?, layout: Layout, maxWidth: Int?, style: CellStyle?
  ) -> String {
    let inline = columns.indices.filter { !layout.below.contains($0) }
    var plain: [String] = []
    for index in inline {
      plain.append(
        DisplayWidth.pad(
          cell(cells, index), toWidth: layout.widths[index], alignment: columns[index].alignment))
    }
    if let last = plain.last { plain[plain.count - 1] = trimmingTrailingSpaces(last) }
    let joinedPlain = plain.joined(separator: "  ")
    if let maxWidth, DisplayWidth.of(joinedPlain) > maxWidth {
      // Only reached when even one-cell columns cannot fit: cut the whole line, unstyled.
      return DisplayWidth.truncate(joinedPlain, toWidth: maxWidth)
    }
    guard let style else { return trimmingTrailingSpaces(joinedPlain) }
    let styled = zip(inline, plain).map { style(row, $0, $1) }
    return trimmingTrailingSpaces(styled.joined(separator: "  "))
  }

  /// `text` without its trailing spaces, found in its UTF-8 bytes: a listing of a million
  /// rows trims each line's padding, and walking it back a character at a time was most of
  /// the listing (docs/performance.md). The last byte kept ends a character, since only
  /// spaces follow it.
  private func trimmingTrailingSpaces(_ text: String) -> String {
    guard text.utf8.last == UInt8(ascii: " ") else { return text }
    guard let end = text.utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
    return String(decoding: text.utf8[...end], as: UTF8.self)
  }
}
