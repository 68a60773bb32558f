import Foundation

/// A failure the command line reports to the user: one sentence naming the offending value,
/// then a hint. Every case exits with code 1.
enum CLIError: LocalizedError, Equatable {
  /// An option's value could not be used.
  case invalidValue(option: String, value: String, hint: String)
  /// The catalog has problems, so nothing was synced or done.
  case invalidCatalog(path: String, problems: [String])
  /// A rule about combining options was broken.
  case conflictingOptions(String)

  var errorDescription: String? {
    switch self {
    case .invalidValue(let option, let value, let hint):
      return "\(option) '\(value)' is not valid: \(hint)"
    case .invalidCatalog(let path, let problems):
      let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
      return
        (problems + [
          "\(path) has \(count), so nothing was read from it or written to the ledger; fix it and run `hindsight check` to confirm."
        ]).joined(separator: "\n")
    case .conflictingOptions(let message):
      return message
    }
  }
}
