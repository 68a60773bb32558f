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
