import Testing

@testable import HindsightCore

/// One test per message about the shape of the file: syntax, fields, types, ids and references.
/// Each edits one line of catalog-valid.yaml; lines and columns were counted by hand in it
/// (columns from 1, e.g. `        quote: ` puts the value at column 16).
@Suite struct CatalogFieldProblemTests {
  typealias F = CatalogFixture

  @Test func yamlSyntaxError() throws {
    let problems = try F.problems(
      replacing: "title: A robot butler goes on sale", with: "title: A robot: butler")
    // libyaml rejects the second `: ` on line 39 at its colon, column 19.
    #expect(
      problems == [
        F.problem(39, 19, "YAML syntax error: mapping values are not allowed in this context")
      ])
  }

  @Test func duplicateKeyIsASyntaxError() throws {
    let problems = try F.problems(
      replacing: "    tags: [robots]\n", with: "    tags: [robots]\n    tags: [more]\n")
    #expect(
      problems == [
        F.problem(
          43, 5, "YAML syntax error: the key 'tags' appears twice in one mapping",
          hint: "each field may be written only once")
      ])
  }

  @Test func missingRequiredField() throws {
    let problems = try F.problems(
      replacing: "quote_en: I expect robot butlers next year.", with: "# no translation")
    #expect(
      problems == [
        F.problem(45, 9, "forecast 'ada-butler-2031' is missing the required field 'quote_en'")
      ])
  }

  @Test func unknownFieldSuggestsTheClosest() throws {
    let problems = try F.problems(replacing: "quote: 我预计", with: "qoute: 我预计")
    #expect(
      problems == [
        F.problem(
          49, 9, "unknown field 'qoute' in forecast 'ada-butler-2031'",
          hint: "did you mean 'quote'?")
      ])
  }

  @Test func unknownFieldWithNothingCloseListsTheFields() throws {
    let problems = try F.problems(replacing: "    tags: [robots]", with: "    colour: [blue]")
    #expect(
      problems
        == [
          F.problem(
            43, 5, "unknown field 'colour' in question 'robot-butler-launch'",
            hint: "known fields are id, title, kind, criteria, tags, note, metric, forecasts"),
          F.problem(38, 5, "question 'robot-butler-launch' is missing the required field 'tags'"),
        ].sorted(by: CatalogProblem.inFileOrder))
  }

  @Test func wrongType() throws {
    let problems = try F.problems(
      replacing: "quote: 我预计明年会有机器人管家。", with: "quote: [我预计, 明年]")
    #expect(
      problems == [
        F.problem(49, 16, "field 'quote' of forecast 'ada-butler-2031' must be text, not a list")
      ])
  }

  @Test func unknownSpeakerSuggestsTheClosest() throws {
    let problems = try F.problems(
      replacing:
        "        speaker: ada-example\n        source: gadget-summit-2030\n        said_on: 2030-03-14\n        quote: 我",
      with:
        "        speaker: ada-exampel\n        source: gadget-summit-2030\n        said_on: 2030-03-14\n        quote: 我"
    )
    #expect(
      problems == [
        F.problem(
          46, 18, "unknown speaker 'ada-exampel' in forecast 'ada-butler-2031'",
          hint: "did you mean 'ada-example'?")
      ])
  }

  @Test func unknownSourceWithNothingClose() throws {
    let problems = try F.problems(
      replacing:
        "        source: gadget-summit-2030\n        said_on: 2030-03-14\n        quote: 我",
      with: "        source: radio-show\n        said_on: 2030-03-14\n        quote: 我")
    #expect(
      problems == [
        F.problem(
          47, 17, "unknown source 'radio-show' in forecast 'ada-butler-2031'",
          hint: "no source with that id is defined under 'sources'")
      ])
  }

  @Test func duplicateID() throws {
    let problems = try F.problems(replacing: "id: bo-butler-2032", with: "id: ada-butler-2031")
    #expect(
      problems == [
        F.problem(
          59, 13, "duplicate forecast id 'ada-butler-2031'", hint: "first defined at 45:13")
      ])
  }

  @Test func idNotASlug() throws {
    let problems = try F.problems(replacing: "id: widget-sales-2031", with: "id: Widget-Sales")
    #expect(
      problems == [
        F.problem(
          75, 9, "question id 'Widget-Sales' is not a slug",
          hint: "use lowercase letters, digits and single hyphens, e.g. 'robot-butler-2031'")
      ])
  }

  @Test func questionAndForecastIDsCollide() throws {
    let problems = try F.problems(replacing: "id: ada-widgets-2031", with: "id: widget-sales-2031")
    #expect(
      problems == [
        F.problem(
          85, 13, "forecast id 'widget-sales-2031' is also a question id",
          hint:
            "the question is defined at 75:9; ids must differ so 'hindsight show' is unambiguous")
      ])
  }

  /// Ids name one thing across kinds: a speaker id reused as a source id is reported at the
  /// later definition (lines and columns read off the fixture by hand).
  @Test func speakerAndSourceIDsCollide() throws {
    let problems = try F.problems(replacing: "id: bo-sample", with: "id: gadget-summit-2030")
    #expect(
      problems == [
        F.problem(
          32, 9, "speaker id 'gadget-summit-2030' is also a source id",
          hint: "the source is defined at 19:9; an id names one thing"),
        // The forecast that named the old id is reported too.
        F.problem(
          60, 18, "unknown speaker 'bo-sample' in forecast 'bo-butler-2032'",
          hint: "no speaker with that id is defined under 'speakers'"),
      ])
  }

  /// Catalog text reaches terminals: a control character in it is refused, located (the
  /// escape written as YAML's `\e`, column read off the fixture by hand).
  @Test func controlCharacterInText() throws {
    let problems = try F.problems(
      replacing: "name_en: Ada Example", with: "name_en: \"Ada\\e[2J Example\"")
    #expect(
      problems == [
        F.problem(
          30, 14, "field 'name_en' of speaker 'ada-example' holds the control character U+001B",
          hint:
            "text is shown in terminals, so it may hold line breaks and tabs but no other control character"
        )
      ])
  }

  @Test func dateBeforeNineteenHundred() throws {
    let problems = try F.problems(replacing: "held_on: 2030-03-14", with: "held_on: 0030-03-14")
    #expect(
      problems == [
        F.problem(
          23, 14, "held_on '0030-03-14' is outside the years 1900–2200", hint: "check the year")
      ])
  }

  @Test func unknownKind() throws {
    let problems = try F.problems(replacing: "kind: event", with: "kind: evnt")
    #expect(
      problems == [
        F.problem(
          40, 11, "unknown kind 'evnt' in question 'robot-butler-launch'",
          hint: "kind is one of event, numeric, binary")
      ])
  }

  @Test func unknownBasis() throws {
    let problems = try F.problems(
      replacing: "          basis: stated\n        note:",
      with: "          basis: said\n        note:")
    #expect(
      problems == [
        F.problem(
          73, 18, "unknown basis 'said' in the confidence of forecast 'bo-butler-2032'",
          hint: "basis is one of stated, scale, editor")
      ])
  }

  @Test func unsupportedVersion() throws {
    let problems = try F.problems(replacing: "version: 1", with: "version: 2")
    #expect(
      problems == [
        F.problem(
          2, 10, "unsupported catalog version 2", hint: "this version of hindsight reads version 1")
      ])
  }

  @Test func sourceWithoutDates() throws {
    let problems = try F.problems(
      replacing: "    held_on: 2030-03-14\n    published_on: 2030-04-01\n", with: "")
    #expect(
      problems == [
        F.problem(
          19, 5, "source 'gadget-summit-2030' has neither 'held_on' nor 'published_on'",
          hint: "give the day it was held, the day it was published, or both")
      ])
  }
}
