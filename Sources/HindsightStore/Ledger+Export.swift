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
        let seq: Int64 = row["seq"]
        var line = "{\"seq\":\(seq),\"recorded_at\":"
        JSONValue.writeString(row["recorded_at"], to: &line)
        line += ",\"author\":"
        JSONValue.writeString(row["author"], to: &line)
        line += ",\"kind\":"
        JSONValue.writeString(row["kind"], to: &line)
        line += ",\"payload\":" + (row["payload"] as String) + ",\"prev_hash\":"
        JSONValue.writeString(row["prev_hash"], to: &line)
        line += ",\"hash\":"
        JSONValue.writeString(row["hash"], to: &line)
        line += "}"
        lines.append(line)
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
