import HindsightCore

/// Typed access to the members of a JSON object, with errors that name the missing or bad field.
struct JSONFields {
  let members: [String: JSONValue]
  let context: String

  init(_ value: JSONValue, context: String) throws {
    guard case .object(let members) = value else {
      throw LedgerError.malformedPayload(context: context, reason: "it is not a JSON object")
    }
    self.members = members
    self.context = context
  }

  func fail(_ key: String, _ expected: String) -> LedgerError {
    .malformedPayload(context: context, reason: "field '\(key)' is missing or not \(expected)")
  }

  func string(_ key: String) throws -> String {
    guard case .string(let value)? = members[key] else { throw fail(key, "a string") }
    return value
  }

  func optionalString(_ key: String) throws -> String? {
    guard let value = members[key] else { return nil }
    guard case .string(let text) = value else { throw fail(key, "a string") }
    return text
  }

  func number(_ key: String) throws -> Double {
    guard case .number(let value)? = members[key] else { throw fail(key, "a number") }
    return value
  }

  func optionalNumber(_ key: String) throws -> Double? {
    guard members[key] != nil else { return nil }
    return try number(key)
  }

  func int64(_ key: String) throws -> Int64 {
    let value = try number(key)
    guard value == value.rounded(), abs(value) < 1e15 else { throw fail(key, "an integer") }
    return Int64(value)
  }

  func day(_ key: String) throws -> Day {
    guard let day = Day(try string(key)) else { throw fail(key, "a YYYY-MM-DD date") }
    return day
  }

  func optionalDay(_ key: String) throws -> Day? {
    guard members[key] != nil else { return nil }
    return try day(key)
  }

  func strings(_ key: String) throws -> [String] {
    guard case .array(let values)? = members[key] else { throw fail(key, "a list of strings") }
    return try values.map {
      guard case .string(let text) = $0 else { throw fail(key, "a list of strings") }
      return text
    }
  }

  func numbers(_ key: String) throws -> [Double] {
    guard case .array(let values)? = members[key] else { throw fail(key, "a list of numbers") }
    return try values.map {
      guard case .number(let value) = $0 else { throw fail(key, "a list of numbers") }
      return value
    }
  }

  func object(_ key: String) throws -> JSONFields {
    guard let value = members[key] else { throw fail(key, "an object") }
    return try JSONFields(value, context: "\(context) field '\(key)'")
  }

  func optionalObject(_ key: String) throws -> JSONFields? {
    guard members[key] != nil else { return nil }
    return try object(key)
  }

  func rawValue<T: RawRepresentable>(_ key: String, as type: T.Type) throws -> T
  where T.RawValue == String {
    guard let value = T(rawValue: try string(key)) else { throw fail(key, "a known value") }
    return value
  }
}
