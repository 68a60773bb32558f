import Foundation
import PropertyBased
import Testing

@testable import HindsightCore

/// The limits of docs/catalog-validation.md ("Limits"): sizes, nesting, anchors, tags and the
/// range of numbers. Each edits the fictional catalog-valid.yaml; lines and columns were
/// counted by hand in it.
@Suite struct CatalogLimitTests {
  typealias F = CatalogFixture

  static let aliasHint =
    "write the value out in full; to use '&' or '*' at the start of a text, put the text in quotes"

  @Test func fileLargerThanTwoMiBIsRefusedWhole() throws {
    let text = try F.valid()
    let padding = "\n" + String(repeating: "#", count: 2_097_153 - text.utf8.count - 2) + "\n"
    let result = CatalogLoader.load(text: text + padding, file: "test.yaml")
    #expect(result.catalog == nil)
    #expect(
      result.problems == [
        CatalogProblem(
          file: "test.yaml", line: 0, column: 0,
          message:
            "the catalog 'test.yaml' is 2,097,153 bytes, more than the 2,097,152 bytes (2 MiB) a catalog may hold",
          hint: "split the file, or check that it is the catalog")
      ])
    // One byte less is read as usual.
    #expect(CatalogLoader.load(text: text + padding.dropLast(2) + "\n", file: "test.yaml").isValid)
  }

  @Test func textLongerThan64KiBIsRefusedWhereItStarts() throws {
    let long = String(repeating: "长", count: 21_846)  // 65,538 bytes
    let problems = try F.problems(
      replacing: "quote: 我预计明年会有机器人管家。", with: "quote: \(long)")
    #expect(
      problems == [
        F.problem(
          49, 16,
          "this text is 65,538 bytes, more than the 65,536 bytes (64 KiB) one value may hold",
          hint: "shorten it, or check for a quote that is not closed")
      ])
    let longest = String(repeating: "x", count: 65_536)
    let text = try F.valid().replacingOccurrences(
      of: "quote: 我预计明年会有机器人管家。", with: "quote: \(longest)")
    let result = CatalogLoader.load(text: text, file: "test.yaml")
    #expect(result.isValid)
    #expect(result.catalog?.forecasts.first?.quote == longest)
  }

  @Test func nestingDeeperThanSixteenIsRefused() throws {
    // tags (line 43) sits 3 deep (the file, questions, the question); its value opens lists
    // 4 to 17 deep, and the 17th, at column 11 + 13, is refused.
    let deep = String(repeating: "[", count: 14) + String(repeating: "]", count: 14)
    let problems = try F.problems(replacing: "tags: [robots]", with: "tags: \(deep)")
    #expect(
      problems == [
        F.problem(
          43, 24, "lists and mappings nest more than 16 deep here, deeper than a catalog may",
          hint: "a catalog nests at most 7 deep; see docs/catalog.md")
      ])
    // 16 deep is read, and is a wrong type like any other list in tags.
    let fine = String(repeating: "[", count: 13) + String(repeating: "]", count: 13)
    let shallower = try F.problems(replacing: "tags: [robots]", with: "tags: \(fine)")
    #expect(
      shallower == [
        F.problem(
          43, 12,
          "each item of 'tags' in question 'robot-butler-launch' must be text, not a list")
      ])
  }

  @Test func libyamlsOwnNestingLimitGetsTheSameMessage() {
    let text = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
    let result = CatalogLoader.load(text: text, file: "test.yaml")
    #expect(result.problems.count == 1)
    #expect(
      result.problems.first?.message
        == "lists and mappings nest more than 16 deep here, deeper than a catalog may")
  }

  @Test func tagsAreRefused() throws {
    #expect(
      try F.problems(replacing: "p: 0.6", with: "p: !!float 0.6") == [
        F.problem(
          71, 14, "YAML tag '!!float' is not allowed in a catalog",
          hint: "remove it; every value is read from its text as written")
      ])
    #expect(
      try F.problems(replacing: "tags: [robots]", with: "tags: !custom [robots]") == [
        F.problem(
          43, 11, "YAML tag '!custom' is not allowed in a catalog",
          hint: "remove it; every value is read from its text as written")
      ])
    // The tags that mean what an untagged value means change nothing.
    let harmless = try F.valid()
      .replacingOccurrences(of: "tags: [robots]", with: "tags: !!seq [robots]")
      .replacingOccurrences(of: "quote: Yes, by 2032.", with: "quote: !!str Yes, by 2032.")
    #expect(CatalogLoader.load(text: harmless, file: "test.yaml").isValid)
  }

  @Test func anchorsAndAliasesAreRefusedAtTheFirst() throws {
    #expect(
      try F.problems(
        replacing: "quote_en: Yes, by 2032.", with: "quote_en: &yes Yes, by 2032.") == [
          F.problem(
            64, 19,
            "YAML anchors (&name) and aliases (*name) are not allowed in a catalog",
            hint: Self.aliasHint)
        ])
    // An alias with no anchor in the file.
    #expect(
      try F.problems(replacing: "quote_en: Yes, by 2032.", with: "quote_en: *yes") == [
        F.problem(
          64, 19,
          "YAML anchors (&name) and aliases (*name) are not allowed in a catalog",
          hint: Self.aliasHint)
      ])
  }

  /// Without the probe, Yams hashes the key below, which stands for 9^7 scalars, and the
  /// check takes seconds per level of nesting (and years for a few more lines).
  @Test func anAliasBombAsAKeyIsRefusedBeforeItIsExpanded() throws {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in 1...6 {
      let items = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(items)]")
    }
    lines.append("? *a6\n: boom")
    let result = CatalogLoader.load(text: lines.joined(separator: "\n") + "\n", file: "test.yaml")
    #expect(
      result.problems == [
        F.problem(
          1, 5, "YAML anchors (&name) and aliases (*name) are not allowed in a catalog",
          hint: Self.aliasHint)
      ])
  }

  @Test func ampersandsAndAsterisksInsideTextAreKeptAsWritten() throws {
    let text = try F.valid()
      .replacingOccurrences(
        of: "claim: A robot butler goes on sale in 2031.",
        with: "claim: R&D *and* Q & A go on sale in 2031 & later"
      )
      .replacingOccurrences(
        of: "quote_en: I expect robot butlers next year.",
        with: "quote_en: \"&quoted *too\"  # a comment with &c and *c")
    let result = CatalogLoader.load(text: text, file: "test.yaml")
    #expect(result.problems == [])
    let forecast = try #require(result.catalog?.forecasts.first)
    #expect(forecast.claim == "R&D *and* Q & A go on sale in 2031 & later")
    #expect(forecast.quoteEn == "&quoted *too")
  }

  @Test func aControlCharacterIsLocatedByCharacter() throws {
    // The column counts characters (10 Chinese ones first), not bytes.
    let problems = try F.problems(
      replacing: "quote: 我预计明年会有机器人管家。", with: "quote: 我预计明年会有机器人\u{7}管家。")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 49)
    #expect(problems.first?.column == 26)
  }

  // MARK: Numbers

  @Test func toleranceDaysUpTo36500() throws {
    #expect(
      try F.problems(replacing: "tolerance_days: 31", with: "tolerance_days: 36501") == [
        F.problem(
          83, 23, "tolerance_days 36501 is more than 36500 days (100 years)",
          hint: "give a number of days from 0 to 36500")
      ])
    let text = try F.valid().replacingOccurrences(
      of: "tolerance_days: 31", with: "tolerance_days: 36_500")
    let result = CatalogLoader.load(text: text, file: "test.yaml")
    #expect(result.catalog?.questions[1].metric?.toleranceDays == 36_500)
  }

  @Test(arguments: [
    "1000000000000000", "9223372036854775807", "99999999999999999999", "-1_000_000_000_000_000",
  ])
  func wholeNumbersFrom10To15AreTooLarge(_ written: String) throws {
    #expect(
      try F.problems(replacing: "tolerance_days: 31", with: "tolerance_days: \(written)") == [
        F.problem(
          83, 23,
          "tolerance_days \(written) is too large: whole numbers in a catalog must lie between -10^15 and 10^15"
        )
      ])
  }

  @Test func versionTooLargeIsNotANumberOverflow() throws {
    #expect(
      try F.problems(replacing: "version: 1", with: "version: 18446744073709551616") == [
        F.problem(
          2, 10,
          "version 18446744073709551616 is too large: whole numbers in a catalog must lie between -10^15 and 10^15"
        )
      ])
  }

  @Test(arguments: [
    ("min: 1_000_000", "min: 1e15", "target min 1e15"),
    ("min: 1_000_000", "min: -1000000000000000", "target min -1000000000000000"),
    ("max: null", "max: 1.5e300", "target max 1.5e300"),
  ])
  func targetsFrom10To15AreTooLarge(_ edit: (old: String, new: String, named: String)) throws {
    let line = edit.old.hasPrefix("min") ? 94 : 95
    #expect(
      try F.problems(replacing: edit.old, with: edit.new) == [
        F.problem(
          line, 16,
          "\(edit.named) is too large: numbers in a catalog must lie between -10^15 and 10^15",
          hint: "give the metric in a larger unit, e.g. billions")
      ])
  }

  @Test func targetsJustBelow10To15AreRead() throws {
    let text = try F.valid()
      .replacingOccurrences(of: "min: 1_000_000", with: "min: -999_999_999_999_999")
      .replacingOccurrences(of: "max: null", with: "max: 999999999999999.9")
    let result = CatalogLoader.load(text: text, file: "test.yaml")
    #expect(result.problems == [])
    let target = try #require(result.catalog?.forecasts.first { $0.target != nil }?.target)
    #expect(target.min == -999_999_999_999_999)
    #expect(target.max == 999_999_999_999_999.9)
  }

  /// Any whole number the ledger could not write as an integer, and any tolerance past 100
  /// years, is refused where it is written; every other tolerance is read as written.
  @Test func toleranceIsReadExactlyWhenInRangeAndRefusedOtherwise() async {
    let values = Gen.oneOf(
      Gen.int(in: 0...36_500), Gen.int(in: 36_501...999_999_999_999_999),
      Gen.int(in: 1_000_000_000_000_000...Int.max), Gen.int(in: Int.min...(-1)))
    await propertyCheck(count: 300, input: values) { days in
      let text = try F.valid().replacingOccurrences(
        of: "tolerance_days: 31", with: "tolerance_days: \(days)")
      let result = CatalogLoader.load(text: text, file: "test.yaml")
      if (0...36_500).contains(days) {
        #expect(result.catalog?.questions[1].metric?.toleranceDays == days)
      } else {
        #expect(result.catalog == nil)
        #expect(result.problems.map { "\($0.line):\($0.column)" } == ["83:23"])
      }
    }
  }
}

/// Files with very many names: each reference is checked in constant time, and "did you mean"
/// suggestions stop once their budget is spent, so the check stays linear in the file's size.
@Suite struct CatalogManyNamesTests {
  /// FICTIONAL: `count` speakers s00000… and one question whose `count` forecasts each name an
  /// unknown speaker t00000… (one letter away from a known one) and the last scale phrase.
  static func catalog(count: Int) -> String {
    let speakers = (0..<count).map { String(format: "{id: s%05d}", $0) }
    let phrases = (0..<count).map { String(format: "p%05d", $0) }
    let forecasts = (0..<count).map {
      String(format: "{speaker: t%05d, confidence: {phrase: p%05d, basis: scale}}", $0, count - 1)
    }
    return """
      version: 1
      confidence_scale: [{id: row, phrases: [\(phrases.joined(separator: ", "))], p: 0.5, interval: [0.5, 0.5], basis: editor, reference: fictional}]
      sources: []
      speakers: [\(speakers.joined(separator: ", "))]
      questions: [{forecasts: [\(forecasts.joined(separator: ", "))]}]

      """
  }

  /// Took minutes before references were indexed and suggestions budgeted (every reference was
  /// compared with every speaker id, and every phrase normalised for every forecast).
  @Test(.timeLimit(.minutes(1))) func thousandsOfUnknownSpeakersAreCheckedQuickly() {
    let result = CatalogLoader.load(text: Self.catalog(count: 20_000), file: "many.yaml")
    let unknown = result.problems.filter { $0.message.hasPrefix("unknown speaker") }
    #expect(unknown.count == 20_000)
    #expect(unknown.first?.message == "unknown speaker 't00000' in a forecast")
    #expect(unknown.first?.hint == "did you mean 's00000'?")
    #expect(unknown.last?.hint == "no speaker with that id is defined under 'speakers'")
    // The scale phrase was found for every forecast: none is reported.
    #expect(!result.problems.contains { $0.message.hasPrefix("confidence phrase") })
  }

  @Test func suggestionsStopWhenTheBudgetIsSpent() {
    let names = NameIndex(["ada-example", "bo-sample"])
    var budget = 1_000
    #expect(names.closest(to: "ada-exampel", budget: &budget) == "ada-example")
    // Each name costs 1, and the product of the lengths when they are within 3 of each other
    // (11 and 11, then 11 and 9).
    #expect(budget == 1_000 - (1 + 11 * 11) - (1 + 11 * 9))
    budget = 50
    #expect(names.closest(to: "ada-exampel", budget: &budget) == nil)
    budget = .max
    let long = String(repeating: "a", count: 101)
    #expect(NameIndex([long]).closest(to: long, budget: &budget) == nil)
  }
}

/// A problem prints as one line however the file's values look (found by the catalog fuzzer:
/// a field name holding a line break printed across two lines).
@Suite struct ProblemTextTests {
  @Test func aFieldNameWithALineBreakPrintsOnOneLine() {
    // FICTIONAL: the fuzzer's input, carriage returns that YAML reads as line breaks.
    let result = CatalogLoader.load(text: "#\r? +\r\r ?\r ?\r", file: "test.yaml")
    let unknown = result.problems.first { $0.message.hasPrefix("unknown field") }
    #expect(unknown?.message.contains("\n") == true)
    #expect(
      unknown?.description
        == "test.yaml:2:3: unknown field '+\\n? ?' in the catalog (hint: known fields are version, confidence_scale, sources, speakers, questions)"
    )
  }

  /// A tab and a line separator, which the check lets through, are escaped where a problem
  /// quotes them; an ESC is refused outright (the text check names it).
  @Test func controlCharactersQuotedFromTheFileAreEscaped() throws {
    let problems = try CatalogFixture.problems(
      replacing: "speaker: bo-sample", with: "speaker: \"bo\\tsample\\u2028\"")
    #expect(
      problems.map(\.description) == [
        "test.yaml:60:18: unknown speaker 'bo\\tsample\\u{2028}' in forecast 'bo-butler-2032' (hint: did you mean 'bo-sample'?)"
      ])
    let refused = try CatalogFixture.problems(
      replacing: "speaker: bo-sample", with: "speaker: \"bo\\e[31m\"")
    #expect(
      refused.map(\.description) == [
        "test.yaml:60:18: field 'speaker' of forecast 'bo-butler-2032' holds the control character U+001B (hint: text is shown in terminals, so it may hold line breaks and tabs but no other control character)"
      ])
  }

  @Test func importProblemsAreEscapedToo() {
    #expect(ImportProblem("found 'a\nb\u{7}'").message == "found 'a\\nb\\u{7}'")
    #expect(ProblemText.visible("plain 文字") == "plain 文字")
  }
}
