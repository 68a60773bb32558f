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

@Test func widthFromColumnsVariable() {
  #expect(Terminal.width(columnsVariable: "132") == 132)
  #expect(Terminal.width(columnsVariable: nil) == 100)
  #expect(Terminal.width(columnsVariable: "wide") == 100)
  #expect(Terminal.width(columnsVariable: "0") == 100)
}

@Test func ansiStyleKeepsPaddingOutsideTheEscapes() {
  #expect(ANSIStyle.textStyle.apply(.status(.due), "due  ") == "\u{1B}[33mdue\u{1B}[0m  ")
  #expect(ANSIStyle.textStyle.apply(.heading, "") == "")
}
