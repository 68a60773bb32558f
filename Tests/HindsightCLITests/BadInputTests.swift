import Foundation
import Testing

/// SPEC §10: every bad value given to a writing command ends in one clear sentence naming it,
/// exit code 1, and no change to the ledger. The expected messages are written out by hand
/// from the wording the commands promise.
@Suite struct BadInputTests {
  /// A command line and the exact message it must print on stderr.
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let source = ["--source", "https://example.org/fictional/bad-input"]
  static let event = ["evidence", "add", "demo-event", "--observed", "2024-06-15"]
  static let revenue = ["evidence", "add", "demo-revenue", "--observed", "2024-12-31"]
  static let verdict = ["verdict", "ada-demo-2024", "--reason", "Fictional: settled."]

  static let cases: [Case] = [
    Case(
      arguments: ["evidence", "add", "demo-evnt", "--occurred", "--observed", "2024-06-15"]
        + source,
      message: "No question or forecast has the id 'demo-evnt'. Did you mean 'demo-event'?"),
    Case(
      arguments: ["verdict", "ada-demo-204", "--true", "--reason", "Fictional."] + source,
      message: "No question or forecast has the id 'ada-demo-204'. Did you mean 'ada-demo-2024'?"),
    Case(
      arguments: event + ["--occurred"],
      message: "--source is required: give a URL or a citation a reader can follow."),
    Case(
      arguments: ["evidence", "add", "demo-event", "--occurred", "--observed", "2024-13-01"]
        + source,
      message: "--observed '2024-13-01' is not valid: write a date as YYYY-MM-DD, e.g. 2025-06-15."),
    Case(
      arguments: ["evidence", "add", "demo-event", "--occurred", "--observed", "June 15"]
        + source,
      message: "--observed 'June 15' is not valid: write a date as YYYY-MM-DD, e.g. 2025-06-15."),
    Case(
      arguments: revenue + ["--value", "abc"] + source,
      message:
        "--value 'abc' is not valid: give a decimal number, e.g. 21500000000, -5 or 3.5 (no hexadecimal, inf or nan)."
    ),
    Case(
      arguments: revenue + ["--value", "inf"] + source,
      message:
        "--value 'inf' is not valid: give a decimal number, e.g. 21500000000, -5 or 3.5 (no hexadecimal, inf or nan)."
    ),
    Case(
      arguments: revenue + ["--value", "nan"] + source,
      message:
        "--value 'nan' is not valid: give a decimal number, e.g. 21500000000, -5 or 3.5 (no hexadecimal, inf or nan)."
    ),
    Case(
      arguments: revenue + ["--value", "1e999"] + source,
      message:
        "--value '1e999' is not valid: give a decimal number, e.g. 21500000000, -5 or 3.5 (no hexadecimal, inf or nan)."
    ),
    Case(
      arguments: event + ["--occurred", "--not-occurred"] + source,
      message:
        "Give only one of --occurred, --not-occurred, --value, --supports or --refutes, not --occurred and --not-occurred."
    ),
    Case(
      arguments: event + source,
      message:
        "Say what was observed with one of --occurred, --not-occurred, --value NUMBER, --supports or --refutes."
    ),
    Case(
      arguments: event + ["--occurred", "--strength", "strong"] + source,
      message:
        "--strength qualifies an assessment: use it with --supports or --refutes, not with --occurred."
    ),
    Case(
      arguments: revenue + ["--occurred"] + source,
      message:
        "--occurred applies to event questions, and 'demo-revenue' is a numeric question: use --value."
    ),
    Case(
      arguments: event + ["--value", "3"] + source,
      message:
        "--value applies to numeric questions, and 'demo-event' is an event question: use --occurred or --not-occurred."
    ),
    Case(
      arguments: event + ["--occurred", "--summary", "Fictional:\u{1B}[31m red"] + source,
      message:
        "--summary 'Fictional:\\u{1B}[31m red' is not valid: it contains the control character U+001B; give plain text on one line."
    ),
    Case(
      arguments: event + ["--occurred", "--source", "https://example.org/a\nb"],
      message:
        "--source 'https://example.org/a\\nb' is not valid: it contains the control character U+000A; give plain text on one line."
    ),
    Case(
      arguments: ["retract", "999", "--reason", "Fictional."],
      message: "Entry 999 does not exist: the ledger's entries run from 1 to 12."),
    Case(
      arguments: ["retract", "1", "--reason", "Fictional."],
      message:
        "Entry 1 is a catalog_add entry and cannot be retracted; only evidence, verdict and note entries can (change the catalog file to amend catalog items)."
    ),
    Case(
      arguments: ["retract", "11", "--reason", "Fictional."],
      message: "Entry 11 was already retracted by entry 12; nothing more to withdraw."),
    Case(
      arguments: ["retract", "12", "--reason", "Fictional."],
      message:
        "Entry 12 is a retraction entry and cannot be retracted; only evidence, verdict and note entries can (change the catalog file to amend catalog items)."
    ),
    Case(
      arguments: ["retract", "ten", "--reason", "Fictional."],
      message: "SEQ 'ten' is not valid: give an entry's seq, a whole number from 1."),
    Case(
      arguments: ["retract", "10"],
      message: "--reason is required: say why the entry is withdrawn."),
    Case(
      arguments: ["retract", "10", "--reason", "Fictional:\tcorrected"],
      message:
        "--reason 'Fictional:\\tcorrected' is not valid: it contains the control character U+0009; give plain text on one line."
    ),
    Case(
      arguments: verdict + ["--true", "--false"] + source,
      message: "Give exactly one of --true, --false or --annul."),
    Case(
      arguments: verdict + source,
      message: "Give exactly one of --true, --false or --annul."),
    Case(
      arguments: ["verdict", "ada-demo-2024", "--true"] + source,
      message: "--reason is required: say why, in a sentence."),
    Case(
      arguments: verdict + ["--true"],
      message: "--source is required: give a URL or a citation a reader can follow."),
    Case(
      arguments: verdict + ["--true", "--observed", "2024-02-30"] + source,
      message: "--observed '2024-02-30' is not valid: write a date as YYYY-MM-DD, e.g. 2025-06-15."),
    Case(
      arguments: ["resolve", "--as-of", "2025-13-01"],
      message: "--as-of '2025-13-01' is not valid: write a date as YYYY-MM-DD, e.g. 2025-12-31."),
  ]

  /// A sandbox holding the fictional catalog (entries 1–9), an occurrence (10), a verdict (11)
  /// and the retraction of that verdict (12).
  static func preparedSandbox() throws -> LedgerSandbox {
    let sandbox = try LedgerSandbox.fictional()
    _ = try sandbox.succeed(
      event + ["--occurred", "--summary", "Fictional: it happened."] + source)
    _ = try sandbox.succeed(
      ["verdict", "bo-revenue-2024", "--true", "--reason", "Fictional: settled."] + source)
    _ = try sandbox.succeed(["retract", "11", "--reason", "Fictional: wrong source."])
    return sandbox
  }

  @Test(arguments: cases)
  func badInputChangesNothing(_ input: Case) throws {
    let sandbox = try Self.preparedSandbox()
    defer { sandbox.remove() }
    let before = try sandbox.export()
    #expect(before.split(separator: "\n").count == 12)
    let output = try sandbox.run(input.arguments)
    #expect(output.exitCode == 1)
    #expect(output.stdout == "")
    #expect(output.stderr == "Error: \(input.message)\n")
    #expect(try sandbox.export() == before)
  }

  @Test func observedAfterTodayIsRefused() throws {
    let sandbox = try Self.preparedSandbox()
    defer { sandbox.remove() }
    let before = try sandbox.export()
    let today = Self.today()
    let output = try sandbox.run(
      Self.event.dropLast() + ["2999-01-01", "--occurred"] + Self.source)
    let after = Self.today()  // the day may turn while the command runs
    #expect(output.exitCode == 1)
    let messages = Set([today, after]).map {
      "Error: --observed '2999-01-01' is not valid: it is after today (\($0)); evidence records what has been observed, not what is expected.\n"
    }
    #expect(messages.contains(output.stderr), Comment(rawValue: output.stderr))
    #expect(try sandbox.export() == before)
  }

  /// Today in UTC as YYYY-MM-DD.
  static func today() -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
  }
}
