import HindsightReports
import Testing

// Expected lines were produced independently with Python's `wcwidth` package (pad and cut
// by `wcswidth`), and checked by eye: the p column ends at the same cell on every line.
// Names are fictional.
private let table = TextTable(
  columns: [
    TextTable.Column("id"),
    TextTable.Column("speaker", flexible: true, minWidth: 4),
    TextTable.Column("p", alignment: .right),
  ],
  rows: [
    ["f1", "王小明 Wang Xiaoming", "0.75"],
    ["forecast-2", "Ada Example", "0.50"],
  ])

@Test func tableWithChineseNamesAlignsByDisplayWidth() {
  #expect(
    table.render(maxWidth: nil) == [
      "id          speaker                  p",
      "f1          王小明 Wang Xiaoming  0.75",
      "forecast-2  Ada Example           0.50",
    ])
  #expect(table.columnWidths(maxWidth: nil) == [10, 20, 4])
}

@Test func tableNarrowsTheFlexibleColumnToFit() {
  #expect(
    table.render(maxWidth: 30) == [
      "id          speaker          p",
      "f1          王小明 Wang…  0.75",
      "forecast-2  Ada Example   0.50",
    ])
  #expect(
    table.render(maxWidth: 29) == [
      "id          speaker         p",
      "f1          王小明 Wan…  0.75",
      "forecast-2  Ada Example  0.50",
    ])
}

@Test func tableNeverSplitsAWideCharacterAtAnOddWidth() {
  // Six cells for the speaker: 王小 (4) + … (1) leaves one cell, filled with a space.
  #expect(
    table.render(maxWidth: 24) == [
      "id          speak…     p",
      "f1          王小…   0.75",
      "forecast-2  Ada E…  0.50",
    ])
  #expect(
    table.render(maxWidth: 25) == [
      "id          speaker     p",
      "f1          王小明…  0.75",
      "forecast-2  Ada Ex…  0.50",
    ])
}

@Test func noLineIsEverWiderThanTheLimit() {
  for width in 1...45 {
    for line in table.render(maxWidth: width) {
      #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
    }
  }
}

@Test func tableFallsBackToNarrowingFixedColumnsThenCuttingLines() {
  // Flexible column at its minimum (4) gives 10 + 2 + 4 + 2 + 4 = 22; below that the
  // widest column (id, 10 cells) narrows too.
  #expect(table.columnWidths(maxWidth: 22) == [10, 4, 4])
  #expect(table.columnWidths(maxWidth: 20) == [8, 4, 4])
}

@Test func cellTextIsKeptOnOneLineAndStyledAfterPadding() {
  let styled = TextTable(
    columns: [TextTable.Column("a"), TextTable.Column("b")], rows: [["x\ny", "z"]])
  #expect(styled.render(maxWidth: nil) == ["a    b", "x y  z"])
  #expect(
    styled.render(maxWidth: nil) { row, column, text in row == nil ? text : "<\(text)>" }
      == ["a    b", "<x y>  <z>"])
}

@Test func keepWholeColumnsNarrowLast() {
  let keeping = TextTable(
    columns: [
      TextTable.Column("id", keepWhole: true),
      TextTable.Column("speaker", flexible: true, minWidth: 4),
      TextTable.Column("p", alignment: .right),
    ],
    rows: table.rows)
  // Natural [10, 20, 4]; at 20 cells the speaker stops at 4 (22 in all), then the widest
  // column other than id narrows, the rightmost of equals first: p 3, speaker 3.
  #expect(keeping.columnWidths(maxWidth: 20) == [10, 3, 3])
  // At 16 speaker and p are one cell each (10 + 2 + 1 + 2 + 1); only below that does id narrow.
  #expect(keeping.columnWidths(maxWidth: 16) == [10, 1, 1])
  #expect(keeping.columnWidths(maxWidth: 15) == [9, 1, 1])
}

// A table whose text column may move under its row, and whose speaker column may follow it
// to the start of that line. Expected lines from Python's `wcwidth` (pad and cut by
// `wcswidth`) with the column widths worked out by hand; natural widths 10, 6, 40, 4.
private let moving = TextTable(
  columns: [
    TextTable.Column("id", keepWhole: true),
    TextTable.Column("who", below: .beforeNext),
    TextTable.Column("text", flexible: true, minWidth: 10, below: .ownLine),
    TextTable.Column("p", alignment: .right),
  ],
  rows: [
    ["f1", "王小明", "Fictional claim, forty cells in all.....", "0.75"],
    ["forecast-2", "Ada", "", "0.50"],
  ])

@Test func aFlexibleColumnNarrowsToItsMinimumBeforeMoving() {
  // 10 + 6 + 4 + 6 separators = 26, so the text gets 14 of 40 cells.
  #expect(
    moving.render(maxWidth: 40) == [
      "id          who     text               p",
      "f1          王小明  Fictional cla…  0.75",
      "forecast-2  Ada                     0.50",
    ])
  #expect(moving.layout(maxWidth: 40).below.isEmpty)
  #expect(moving.layout(maxWidth: nil).isWhole)
}

@Test func aColumnBelowItsMinimumMovesUnderItsRow() {
  // At 35 the text would get 9 < 10 cells: it moves, the rest takes 24 cells. An empty moved
  // cell takes no line; the header has a line for the moved column.
  #expect(
    moving.render(maxWidth: 35) == [
      "id          who        p",
      "  text",
      "f1          王小明  0.75",
      "  Fictional claim, forty cells in …",
      "forecast-2  Ada     0.50",
    ])
  let layout = moving.layout(maxWidth: 35)
  #expect(layout.below == [2])
  #expect(!layout.isWhole && layout.keepsWhole(1) && !layout.keepsWhole(2))
}

@Test func aBeforeNextColumnStartsTheNextMovedLine() {
  // At 20 the 24 cells do not fit either: "who" moves too, padded to its 6 cells before the
  // text, and the line is cut to 20.
  #expect(
    moving.render(maxWidth: 20) == [
      "id             p",
      "  who     text",
      "f1          0.75",
      "  王小明  Fictional…",
      "forecast-2  0.50",
      "  Ada",
    ])
  #expect(moving.layout(maxWidth: 20).below == [1, 2])
  for width in 1...60 {
    for line in moving.render(maxWidth: width) {
      #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
    }
  }
}

@Test func movedCellsAreStyledOneByOne() {
  let lines = moving.render(maxWidth: 20) { row, column, text in
    row == nil ? "<\(text)>" : "[\(column)\(text)]"
  }
  #expect(lines[1] == "  <who     ><text>")
  #expect(lines[3] == "  [1王小明  ][2Fictional…]")
  #expect(lines[5] == "  [1Ada     ]")
}

/// A left-aligned last column is padded like the others and then trimmed, so no line ends in
/// spaces, whatever its last cell holds: wide characters, spaces inside it or at its end, or
/// nothing (FICTIONAL cells; expected lines worked by hand: "id" is padded to 2 cells, then two
/// separating spaces).
@Test func noLineEndsInSpaces() {
  let table = TextTable(
    columns: [TextTable.Column("id"), TextTable.Column("claim")],
    rows: [["f1", "王小明 says so"], ["f2", "a b  "], ["f3", ""], ["f4", "   "]])
  #expect(
    table.render(maxWidth: nil) == [
      "id  claim", "f1  王小明 says so", "f2  a b", "f3", "f4",
    ])
}
