/// A place in the catalog file: line and column, both from 1.
public struct CatalogLocation: Hashable, Sendable, CustomStringConvertible {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1 (in Unicode scalars).
  public var column: Int

  /// Creates a location.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `LINE:COLUMN`.
  public var description: String { "\(line):\(column)" }
}

/// Where each item's `id` is written in the catalog file (its first definition, when duplicated).
public struct CatalogLocations: Hashable, Sendable {
  /// Source id → location of its `id` value.
  public var sources: [String: CatalogLocation] = [:]
  /// Speaker id → location of its `id` value.
  public var speakers: [String: CatalogLocation] = [:]
  /// Question id → location of its `id` value.
  public var questions: [String: CatalogLocation] = [:]
  /// Forecast id → location of its `id` value.
  public var forecasts: [String: CatalogLocation] = [:]

  /// Creates an empty index.
  public init() {}

  /// The location of a question or forecast id (questions first).
  public func item(_ id: String) -> CatalogLocation? {
    questions[id] ?? forecasts[id]
  }
}
