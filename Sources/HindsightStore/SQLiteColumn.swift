import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

/// Reading the rows of a raw SQLite statement without GRDB's per-row values (for tables of a
/// million rows).
enum SQLiteColumn {
  /// Steps `statement` through its rows, calling `body` with the raw statement at each one.
  ///
  /// - Throws: a `DatabaseError` naming `table` when a step fails; errors of `body`.
  static func forEachRow(
    of statement: Statement, table: String, _ body: (OpaquePointer) throws -> Void
  ) throws {
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else {
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "reading \(table)")
      }
      try body(handle)
    }
  }

  /// The column's text (empty when NULL).
  static func text(_ statement: OpaquePointer?, _ column: Int32) -> String {
    guard let pointer = sqlite3_column_text(statement, column) else { return "" }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  /// The column's text as bytes, valid until the statement steps again (empty when NULL).
  static func bytes(_ statement: OpaquePointer?, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
    let pointer = sqlite3_column_text(statement, column)
    return UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, column)))
  }

  /// The column's `YYYY-MM-DD` day, or nil when it is NULL or not ten bytes.
  static func day(_ statement: OpaquePointer?, _ column: Int32) -> Day? {
    guard let pointer = sqlite3_column_text(statement, column),
      sqlite3_column_bytes(statement, column) == 10
    else { return nil }
    return FlatCSV.day(UnsafeBufferPointer(start: pointer, count: 10))
  }
}
