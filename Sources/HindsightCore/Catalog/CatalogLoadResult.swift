/// What loading a catalog produced: the catalog when it is valid, and every problem found.
public struct CatalogLoadResult: Hashable, Sendable {
  /// The catalog, or nil when there is at least one problem.
  public var catalog: Catalog?
  /// Every problem, in file order (line, then column).
  public var problems: [CatalogProblem]
  /// Where each source, speaker, question and forecast id is written.
  public var locations: CatalogLocations

  /// Creates a result.
  public init(catalog: Catalog?, problems: [CatalogProblem], locations: CatalogLocations) {
    self.catalog = catalog
    self.problems = problems
    self.locations = locations
  }

  /// The result of a catalog that `problem` kept from loading.
  public init(_ problem: CatalogProblem) {
    self.init(catalog: nil, problems: [problem], locations: CatalogLocations())
  }

  /// Whether the catalog loaded without problems.
  public var isValid: Bool { problems.isEmpty && catalog != nil }

  /// The catalog, or the first problem as an error (the others are in `problems`).
  public func get() throws(CatalogProblem) -> Catalog {
    if let catalog, problems.isEmpty { return catalog }
    throw problems.first
      ?? CatalogProblem(file: "", line: 0, column: 0, message: "the catalog could not be loaded")
  }
}
