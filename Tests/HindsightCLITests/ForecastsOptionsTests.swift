import HindsightCore
import HindsightWorkspace
import Testing

@testable import HindsightCLI

/// A fictional catalog with two invented speakers and no forecasts.
private let fictionalCatalog = Catalog(
  version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [],
  speakers: [
    Speaker(id: "wang-xiaoming", name: "王小明", nameEn: "Wang Xiaoming", affiliations: []),
    Speaker(id: "ada-example", name: "Ada Example", nameEn: "Ada Example", affiliations: []),
  ],
  questions: [], forecasts: [])

@Test func unknownSpeakerIsRejectedWithTheClosestId() throws {
  let command = try HindsightCommand.Forecasts.parse(["--speaker", "ada-exampel"])
  #expect(throws: LookupError.unknownSpeaker("ada-exampel", closest: "ada-example")) {
    try command.makeQuery { try SpeakerLookup.ids($0, among: fictionalCatalog.speakers) }
  }
}

@Test func badDueBeforeDateIsRejectedNamingTheValue() throws {
  let command = try HindsightCommand.Forecasts.parse(["--due-before", "2025-02-30"])
  #expect(throws: LookupError.badDate(option: "--due-before", value: "2025-02-30")) {
    try command.makeQuery { try SpeakerLookup.ids($0, among: fictionalCatalog.speakers) }
  }
}

@Test func optionsBecomeAFilter() throws {
  let command = try HindsightCommand.Forecasts.parse([
    "--speaker", "ada-example", "--speaker", "wang-xiaoming", "--status", "due", "--tag", "robots",
    "--due-before", "2031-01-01",
  ])
  let filter = try command.makeQuery { try SpeakerLookup.ids($0, among: fictionalCatalog.speakers) }
  #expect(filter.speakers == ["ada-example", "wang-xiaoming"])
  #expect(filter.statuses == [.due])
  #expect(filter.tags == ["robots"])
  #expect(filter.dueBefore == Day("2031-01-01"))
}

@Test func lsIsAnAliasOfForecasts() throws {
  let command = try HindsightCommand.parseAsRoot(["ls", "--format", "json"])
  #expect(command is HindsightCommand.Forecasts)
}

@Test func unknownSpeakerMessageNamesTheValueAndTheClosestId() {
  let error = LookupError.unknownSpeaker("kaifu-lee", closest: "kai-fu-lee")
  #expect(error.errorDescription == "No speaker has the id 'kaifu-lee'. Did you mean 'kai-fu-lee'?")
  #expect(
    LookupError.badDate(option: "--due-before", value: "2025-13-01").errorDescription
      == "--due-before '2025-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31.")
}
