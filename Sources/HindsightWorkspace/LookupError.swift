import Foundation

/// A command-line value that names nothing in the catalog, or is not a valid date.
public enum LookupError: LocalizedError, Equatable {
  /// `--speaker` named an id the catalog does not have.
  case unknownSpeaker(String, closest: String?)
  /// `show` was given an id that is neither a question nor a forecast.
  case unknownID(String, closest: String?)
  /// A date option was not `YYYY-MM-DD`.
  case badDate(option: String, value: String)

  public var errorDescription: String? {
    switch self {
    case .unknownSpeaker(let id, let closest):
      "No speaker has the id '\(id)'." + Self.hint(closest, list: "hindsight ls")
    case .unknownID(let id, let closest):
      "No question or forecast has the id '\(id)'." + Self.hint(closest, list: "hindsight ls")
    case .badDate(let option, let value):
      "\(option) '\(value)' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31."
    }
  }

  private static func hint(_ closest: String?, list: String) -> String {
    if let closest { return " Did you mean '\(closest)'?" }
    return " `\(list)` lists the ids."
  }
}
