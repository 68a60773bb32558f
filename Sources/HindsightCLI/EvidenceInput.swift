import HindsightCore
import HindsightWorkspace

/// The options of `evidence add`, checked and turned into an `Evidence` before anything is written.
struct EvidenceInput {
  var observed: String?
  var source: String?
  var summary: String
  var occurred: Bool
  var notOccurred: Bool
  var value: String?
  var supports: Bool
  var refutes: Bool
  var strength: Strength?
  var title: String? = nil
  var publisher: String? = nil
  var published: String? = nil
  var excerpt: String? = nil

  /// The evidence these options describe, or the first thing wrong with them.
  func evidence(for target: TargetID, today: Day) throws -> Evidence {
    let kinds = [
      occurred ? "--occurred" : nil, notOccurred ? "--not-occurred" : nil,
      value != nil ? "--value" : nil, supports ? "--supports" : nil, refutes ? "--refutes" : nil,
    ].compactMap { $0 }
    guard kinds.count == 1, let kind = kinds.first else {
      throw CLIError.conflictingOptions(
        kinds.isEmpty
          ? "Say what was observed with one of --occurred, --not-occurred, --value NUMBER, --supports or --refutes."
          : "Give only one of --occurred, --not-occurred, --value, --supports or --refutes, not \(kinds.joined(separator: " and "))."
      )
    }
    if strength != nil, !(supports || refutes) {
      throw CLIError.conflictingOptions(
        "--strength qualifies an assessment: use it with --supports or --refutes, not with \(kind)."
      )
    }
    let source = try InputText.required(
      source, option: "--source", hint: "give a URL or a citation a reader can follow.")
    try InputText.check(summary, option: "--summary")
    let day = try InputDate.observed(observed, today: today)
    let observation = try self.observation(kind: kind, question: target.question)
    return Evidence(
      question: target.question.id, forecast: target.forecast?.id, observed: day, source: source,
      summary: summary, observation: observation, citation: try citation(today: today))
  }

  private func citation(today: Day) throws -> Citation {
    func text(_ value: String?, _ option: String) throws -> String? {
      guard let value else { return nil }
      return try InputText.required(
        value, option: option, hint: "give it as plain text, or leave it out.")
    }
    var day: Day?
    if let published {
      guard let parsed = Day(published), parsed <= today, parsed.isPlausible else {
        throw CLIError.invalidValue(
          option: "--published", value: published,
          hint: "write the publication day as YYYY-MM-DD, not after today (\(today)).")
      }
      day = parsed
    }
    return Citation(
      title: try text(title, "--title"), publisher: try text(publisher, "--publisher"),
      published: day, excerpt: try text(excerpt, "--excerpt"))
  }

  private func observation(kind: String, question: Question) throws -> Observation {
    func requireKind(_ expected: QuestionKind) throws {
      guard question.kind == expected else {
        let instead =
          switch question.kind {
          case .event: "--occurred or --not-occurred"
          case .numeric: "--value"
          case .binary: "--supports or --refutes, or give a verdict"
          }
        throw CLIError.conflictingOptions(
          "\(kind) applies to \(expected.rawValue) questions, and '\(question.id)' is \(question.kind == .event ? "an" : "a") \(question.kind.rawValue) question: use \(instead)."
        )
      }
    }
    switch kind {
    case "--occurred":
      try requireKind(.event)
      return .occurred
    case "--not-occurred":
      try requireKind(.event)
      return .notOccurred
    case "--value":
      try requireKind(.numeric)
      let text = value ?? ""
      guard let number = NumberText.decimal(text) else {
        throw CLIError.invalidValue(
          option: "--value", value: text,
          hint: "give a decimal number, e.g. 21500000000, -5 or 3.5 (no hexadecimal, inf or nan).")
      }
      return .value(number)
    default:
      let level = strength ?? .moderate
      return supports ? .supports(level) : .refutes(level)
    }
  }
}
