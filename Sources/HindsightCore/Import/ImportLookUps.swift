/// What the inserting side of an import must check about an accepted row against the ledger,
/// by an indexed look-up, because an earlier import holds its speaker or question (the reading
/// side knows those ids, not their names, titles or outcomes).
public struct ImportLookUps: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8

  /// Creates a set from its raw value.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// The first row of a speaker an earlier import holds: its name must be the one imported.
  public static let speaker = ImportLookUps(rawValue: 1)
  /// The first row of a question an earlier import holds: its title and tags must be the ones
  /// imported.
  public static let question = ImportLookUps(rawValue: 2)
  /// A row with an outcome on a question an earlier import holds: a forecast the ledger holds
  /// already is compared with it, and a new outcome must agree with the question's forecasts of
  /// the same claim already settled.
  public static let settled = ImportLookUps(rawValue: 4)
}
