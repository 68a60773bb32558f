import Testing

@testable import HindsightCore

/// The optional forecast field `already_true_when_said` (the editor's reason) on the FICTIONAL
/// catalog-valid.yaml: it is read into `Forecast.alreadyTrueWhenSaid`, and a value with no
/// reason in it is reported where it is written. The field goes after the claim of
/// `ada-butler-2031` (line 51), so it is line 52; its value starts at column 33.
@Suite struct AlreadyTrueWhenSaidTests {
  typealias F = CatalogFixture

  static let claim = "claim: A robot butler goes on sale in 2031."

  /// The fixture's claim line followed by the field written as `value`.
  static func withField(_ value: String) -> String {
    "\(claim)\n        already_true_when_said:\(value)"
  }

  @Test func theReasonIsReadIntoTheForecast() throws {
    let reason = "Fictional: a robot butler was already on sale in 2030 (Example Gazette)."
    let text = try F.valid().replacingOccurrences(
      of: Self.claim, with: Self.withField(" \"\(reason)\""))
    let result = CatalogLoader.load(text: text, file: "test.yaml")
    #expect(result.problems == [])
    let catalog = try #require(result.catalog)
    #expect(catalog.forecast("ada-butler-2031")?.alreadyTrueWhenSaid == reason)
    #expect(catalog.forecast("bo-butler-2032")?.alreadyTrueWhenSaid == nil)
  }

  @Test func aFieldWithNothingAfterItIsEmpty() throws {
    let problems = try F.problems(replacing: Self.claim, with: Self.withField(""))
    #expect(
      problems == [
        F.problem(
          52, 9, "field 'already_true_when_said' of forecast 'ada-butler-2031' is empty",
          hint: "give the editor's reason as text, or leave the field out")
      ])
    #expect(problems.first?.description.hasPrefix("test.yaml:52:9: ") == true)
  }

  @Test func nullQuotesAndSpacesAreEmptyToo() throws {
    for (value, column) in [(" ~", 9), (" null", 9), (" \"\"", 33), (" \"   \"", 33)] {
      let problems = try F.problems(replacing: Self.claim, with: Self.withField(value))
      #expect(
        problems.map { "\($0.line):\($0.column) \($0.message)" } == [
          "52:\(column) field 'already_true_when_said' of forecast 'ada-butler-2031' is empty"
        ], "value \(value)")
    }
  }

  @Test func aListIsNotAReason() throws {
    let problems = try F.problems(replacing: Self.claim, with: Self.withField(" [a, b]"))
    #expect(
      problems.map(\.message) == [
        "field 'already_true_when_said' of forecast 'ada-butler-2031' must be text, not a list"
      ])
  }
}
