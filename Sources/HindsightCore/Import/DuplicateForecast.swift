/// Where a forecast id of an import was already used.
public enum DuplicateForecast: Hashable, Sendable {
  /// On this record of the same file.
  case thisFile(record: Int)
  /// By an earlier import.
  case earlierImport
}
