import Foundation
import GRDB
import GRDBSQLite

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
}

/// The raw values of a string enumeration as bytes, by length, to read a column's value
/// without making a string (rows of a million-forecast ledger).
struct RawValueTable<Value: RawRepresentable & CaseIterable & Sendable>: Sendable
where Value.RawValue == String {
  private let byLength: [[(bytes: [UInt8], value: Value)]]

  init() {
    var table: [[(bytes: [UInt8], value: Value)]] = []
    for value in Value.allCases {
      let bytes = Array(value.rawValue.utf8)
      while table.count <= bytes.count { table.append([]) }
      table[bytes.count].append((bytes, value))
    }
    byLength = table
  }

  /// The value column `column` of the statement's current row holds, or nil.
  func value(_ statement: OpaquePointer?, _ column: Int32) -> Value? {
    let bytes = SQLiteColumn.bytes(statement, column)
    guard bytes.count < byLength.count, let base = bytes.baseAddress else { return nil }
    for candidate in byLength[bytes.count] where memcmp(candidate.bytes, base, bytes.count) == 0 {
      return candidate.value
    }
    return nil
  }
}
