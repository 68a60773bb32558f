import Foundation

/// A failure the command line reports to the user: one sentence naming the offending value,
/// then a hint. Every case exits with code 1.
enum CLIError: LocalizedError, Equatable {
  /// An option's value could not be used.
  case invalidValue(option: String, value: String, hint: String)
  /// A rule about combining options was broken.
  case conflictingOptions(String)

  var errorDescription: String? {
    switch self {
    case .invalidValue(let option, let value, let hint):
      return "\(option) '\(value)' is not valid: \(hint)"
    case .conflictingOptions(let message):
      return message
    }
  }
}
