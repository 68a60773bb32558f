import Testing

@testable import HindsightCLI

// The colour rules of docs/terminal.md, as a table of cases worked by hand.
@Test(arguments: [
  (ColorChoice.auto, true, nil as String?, true),
  (.auto, true, "", true),  // an empty NO_COLOR does not disable colour
  (.auto, true, "1", false),
  (.auto, false, nil, false),  // not a terminal
  (.always, false, "1", true),  // always wins over NO_COLOR and pipes
  (.never, true, nil, false),
])
func colourDecision(choice: ColorChoice, isTTY: Bool, noColor: String?, expected: Bool) {
  #expect(Terminal.useColor(choice: choice, isTTY: isTTY, noColor: noColor) == expected)
}

// The width rules of docs/terminal.md, worked by hand: a terminal's own width wins; else a
// positive COLUMNS; else 80 on a terminal and no limit (nil) through a pipe.
@Test(arguments: [
  (120 as Int?, true, "200" as String?, 120 as Int?),  // the terminal's size wins over COLUMNS
  (nil, true, "132", 132),  // a terminal that reports no size
  (nil, true, nil, 80),
  (nil, true, "wide", 80),
  (nil, false, nil, nil),  // a pipe: no limit, nothing cut
  (nil, false, "", nil),
  (nil, false, "0", nil),
  (nil, false, "-5", nil),
  (nil, false, " 90 ", 90),  // an exported COLUMNS still fits a pipe
  (100, false, "90", 90),  // a size reported for a non-terminal is not used
])
func widthRule(terminal: Int?, isTTY: Bool, columns: String?, expected: Int?) {
  #expect(Terminal.width(terminal: terminal, isTTY: isTTY, columnsVariable: columns) == expected)
}

@Test func ansiStyleKeepsPaddingOutsideTheEscapes() {
  #expect(ANSIStyle.textStyle.apply(.status(.due), "due  ") == "\u{1B}[33mdue\u{1B}[0m  ")
  #expect(ANSIStyle.textStyle.apply(.heading, "") == "")
}
