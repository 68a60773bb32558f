import Foundation
import GRDBSQLite

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
