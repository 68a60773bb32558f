import HindsightCore

/// The value of one scorecard column on one line, in a form the JSON, the CSV and the oracle
/// all read (`ScorecardColumn`).
enum ScorecardFigure: Sendable {
  /// A whole number.
  case count(Int)
  /// A number, or `null` when undefined.
  case number(Double?)
  /// A Boolean.
  case flag(Bool)
  /// A text, or `null`.
  case text(String?)
  /// An object whose members are the column's `members`, in that order; `nil` for `null`.
  case object([ScorecardFigure]?)
  /// The calibration table (JSON only: it does not fit flat columns).
  case bins([CalibrationBin])
}

/// The shape of a column's values: a scalar, or an object with named members (in the CSV's
/// order; the JSON writes them sorted by key). The CSV flattens an object's members to
/// `key_member` columns.
indirect enum ScorecardShape: Sendable {
  case scalar
  /// Members in the CSV's order, and the order of their indices the JSON writes (by key).
  case object([(key: StaticString, shape: ScorecardShape)], jsonOrder: [Int])
  /// In the JSON only.
  case jsonOnly

  /// An object of these members (in the CSV's order).
  static func members(_ members: [(key: StaticString, shape: ScorecardShape)]) -> ScorecardShape {
    .object(
      members,
      jsonOrder: members.indices.sorted { "\(members[$0].key)" < "\(members[$1].key)" })
  }

  /// The CSV headers of a column of this shape named `key`.
  func csvHeaders(_ key: String) -> [String] {
    switch self {
    case .scalar: [key]
    case .object(let members, _):
      members.flatMap { $0.shape.csvHeaders("\(key)_\($0.key)") }
    case .jsonOnly: []
    }
  }

  /// The CSV cells of a value of this shape: numbers in Swift's shortest round-trip form,
  /// empty for undefined figures.
  func csvCells(_ value: ScorecardFigure?) -> [String] {
    switch (self, value) {
    case (.jsonOnly, _): return []
    case (.object(let members, _), .object(let values?)):
      return zip(members, values).flatMap { $0.0.shape.csvCells($0.1) }
    case (.object(let members, _), _):
      return members.flatMap { $0.shape.csvCells(nil) }
    case (.scalar, .count(let value)): return ["\(value)"]
    case (.scalar, .number(let value)): return [value.map { "\($0)" } ?? ""]
    case (.scalar, .flag(let value)): return [value ? "true" : "false"]
    case (.scalar, .text(let value)): return [value ?? ""]
    default: return [""]
    }
  }

  /// Writes a value of this shape as JSON.
  func write(_ value: ScorecardFigure, to json: inout PrettyJSONWriter) {
    switch value {
    case .count(let number): json.number(number)
    case .number(let number): json.number(number)
    case .flag(let flag): json.bool(flag)
    case .text(let text): if let text { json.string(text) } else { json.null() }
    case .object(nil): json.null()
    case .object(let values?):
      guard case .object(let members, let order) = self else { return json.null() }
      json.openObject()
      for index in order {
        json.key(members[index].key)
        members[index].shape.write(values[index], to: &json)
      }
      json.closeObject()
    case .bins(let bins):
      json.openArray()
      for bin in bins {
        json.element()
        json.openObject()
        json.member("lower", bin.lower)
        json.member("mean_p", bin.meanP)
        json.member("n", bin.n)
        json.member("observed", bin.observed)
        json.member("observed_ci95", object: bin.observedCI95) { json, interval in
          json.member("high", interval.high)
          json.member("low", interval.low)
        }
        json.member("upper", bin.upper)
        json.closeObject()
      }
      json.closeArray()
    }
  }
}
