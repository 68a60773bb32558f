import Yams

/// The fields of one YAML mapping (a source, a forecast, a window…), read by name.
struct Fields {
  /// The mapping node itself (its mark locates "missing field" problems).
  let node: Node
  /// Key text → (key node, value node), in file order.
  let entries: [(key: String, keyNode: Node, value: Node)]
  /// How problems name the item, e.g. `forecast 'liao-2025'` or `the window of forecast 'x'`.
  var label: String
  /// Known fields that an unknown field looks like a misspelling of (not reported as missing).
  var misspelt: Set<String> = []

  /// The value node of a field, or nil when the field is absent or written as null.
  func value(_ key: String) -> Node? {
    guard let entry = entries.first(where: { $0.key == key }) else { return nil }
    return entry.value.isNull ? nil : entry.value
  }

  /// The key node of a field, if written.
  func keyNode(_ key: String) -> Node? {
    entries.first { $0.key == key }?.keyNode
  }

  /// Whether the field is written (even as null).
  func has(_ key: String) -> Bool {
    entries.contains { $0.key == key }
  }
}

extension Node {
  /// Whether the node is a plain null scalar (`~`, `null`, or nothing).
  var isNull: Bool {
    guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    switch scalar.string {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  /// Whether the node is a quoted or block scalar (so YAML reads it as text, never a number).
  var isQuoted: Bool {
    guard case .scalar(let scalar) = self else { return false }
    return scalar.style != .plain && scalar.style != .any
  }

  /// How problems describe the node's type: `text`, `a list` or `a mapping`.
  var typeName: String {
    switch self {
    case .scalar: "text"
    case .sequence: "a list"
    case .mapping: "a mapping of fields"
    case .alias: "an alias"
    }
  }

  /// A scalar's text as written (for messages), or the type name.
  var raw: String {
    if case .scalar(let scalar) = self { return scalar.string }
    return typeName
  }

  /// The node's location, or 1:1 when the parser gave none.
  var location: CatalogLocation {
    guard let mark else { return CatalogLocation(line: 1, column: 1) }
    return CatalogLocation(line: mark.line, column: mark.column)
  }
}
