/// Where an import reports how far it has read: the command line draws a bar, a test or a
/// script may draw nothing.
public protocol ImportProgressReporting: Sendable {
  /// Called as rows are read: how many so far, and how many bytes of the file.
  mutating func update(rows: Int, bytes: Int)
}
