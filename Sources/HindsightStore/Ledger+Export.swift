import GRDB

// MARK: - Export

extension Ledger {
  /// The whole ledger as JSON Lines, one entry a line in seq order, each an object with the keys
  /// in this order: `seq`, `recorded_at`, `author`, `kind`, `payload` (the stored canonical
  /// payload object, verbatim), `prev_hash`, `hash`. Lines carry no trailing newline.
  public func exportJSONLines() throws -> [String] {
    try writer.read { db in
      var lines: [String] = []
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM entries ORDER BY seq")
      while let row = try rows.next() {
        lines.append(StoredEntry(row: row).jsonLine)
      }
      return lines
    }
  }

  /// Writes `exportJSONLines()` to `stream`, each line followed by a line feed.
  public func exportJSONLines(to stream: inout some TextOutputStream) throws {
    for line in try exportJSONLines() {
      stream.write(line)
      stream.write("\n")
    }
  }
}
