import Foundation
import Yams

/// Walks YAML nodes, reading typed values and collecting every problem with its location.
struct CatalogReader {
  /// The file name problems carry.
  let file: String
  /// Every problem found so far, in the order found.
  var problems: [CatalogProblem] = []
  /// What is left for "did you mean" suggestions in this file (`NameIndex.closest`): 20
  /// million character comparisons, a small fraction of a second, more than any real catalog
  /// needs and too few for a crafted one to take long.
  var suggestionBudget = 20_000_000

  /// The known name closest to `word`, while the suggestion budget lasts.
  mutating func suggest(_ word: String, in names: NameIndex) -> String? {
    names.closest(to: word, budget: &suggestionBudget)
  }

  /// Records a problem at a node.
  mutating func report(_ node: Node, _ message: String, hint: String? = nil) {
    report(at: node.location, message, hint: hint)
  }

  /// Records a problem at a location.
  mutating func report(at location: CatalogLocation, _ message: String, hint: String? = nil) {
    problems.append(
      CatalogProblem(
        file: file, line: location.line, column: location.column, message: message, hint: hint))
  }

  /// Opens a mapping, reporting a wrong type or any field not in `known` (with the closest known
  /// field as a hint). With `idKind` (e.g. `forecast`) the item is named by its `id` in problems.
  mutating func fields(_ node: Node, label: String, known: [String], idKind: String? = nil)
    -> Fields?
  {
    guard case .mapping(let mapping) = node else {
      report(node, "\(label) must be a mapping of fields, not \(node.typeName)")
      return nil
    }
    var label = label
    if let idKind, case .scalar(let id)? = mapping["id"], !Node.scalar(id).isNull {
      label = "\(idKind) '\(id.string)'"
    }
    var misspelt: Set<String> = []
    var entries: [(key: String, keyNode: Node, value: Node)] = []
    for (keyNode, value) in mapping {
      guard case .scalar(let scalar) = keyNode else {
        report(keyNode, "a field name in \(label) must be text, not \(keyNode.typeName)")
        continue
      }
      let key = scalar.string
      if !known.contains(key) {
        let suggestion = suggest(key, in: NameIndex(known))
        if let suggestion { misspelt.insert(suggestion) }
        let hint =
          suggestion.map { "did you mean '\($0)'?" }
          ?? "known fields are \(known.joined(separator: ", "))"
        report(keyNode, "unknown field '\(key)' in \(label)", hint: hint)
        continue
      }
      entries.append((key, keyNode, value))
    }
    return Fields(node: node, entries: entries, label: label, misspelt: misspelt)
  }

  /// Reports a required field that is absent (unless an unknown field looks like its misspelling).
  mutating func missing(_ fields: Fields, _ key: String) {
    guard !fields.misspelt.contains(key) else { return }
    report(fields.node, "\(fields.label) is missing the required field '\(key)'")
  }

  /// A scalar field's text as written (no YAML type conversion), or nil when absent or mistyped.
  mutating func text(_ fields: Fields, _ key: String, required: Bool = true) -> String? {
    guard let node = fields.value(key) else {
      if required { missing(fields, key) }
      return nil
    }
    return scalarText(node, field: key, in: fields.label)
  }

  /// An optional field holding the editor's reason for a judgement, e.g.
  /// `already_true_when_said`: absent is nil; written, it must be text with something other
  /// than spaces in it, so an empty value (`key:`, `key: ""`, `key: ~`) is reported.
  mutating func reason(_ fields: Fields, _ key: String) -> String? {
    guard fields.has(key) else { return nil }
    let hint = "give the editor's reason as text, or leave the field out"
    guard let node = fields.value(key) else {
      if let keyNode = fields.keyNode(key) {
        report(keyNode, "field '\(key)' of \(fields.label) is empty", hint: hint)
      }
      return nil
    }
    guard let text = scalarText(node, field: key, in: fields.label) else { return nil }
    guard text.contains(where: { !$0.isWhitespace }) else {
      report(node, "field '\(key)' of \(fields.label) is empty", hint: hint)
      return nil
    }
    return text
  }

  /// A scalar node's text, reporting any other type, and text holding a character a terminal
  /// would act on (line feeds and tabs aside): the catalog's text is shown in terminals.
  mutating func scalarText(_ node: Node, field: String, in label: String) -> String? {
    guard case .scalar(let scalar) = node else {
      report(node, "field '\(field)' of \(label) must be text, not \(node.typeName)")
      return nil
    }
    if let bad = scalar.string.unicodeScalars.first(where: Self.acts) {
      report(
        node,
        "field '\(field)' of \(label) holds the control character U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4))",
        hint:
          "text is shown in terminals, so it may hold line breaks and tabs but no other control character"
      )
      return nil
    }
    return scalar.string
  }

  /// What `ControlBytes.acts` names, line feeds and tabs aside (a catalog's text may have
  /// lines).
  private static func acts(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\n" && scalar != "\t" && ControlBytes.acts(scalar)
  }

  /// A list of scalars (e.g. tags), reporting a non-list and any non-text item.
  mutating func textList(_ fields: Fields, _ key: String, required: Bool = true) -> [String]? {
    guard let items = list(fields, key, required: required) else { return nil }
    var texts: [String] = []
    var ok = true
    for item in items {
      guard case .scalar(let scalar) = item else {
        report(item, "each item of '\(key)' in \(fields.label) must be text, not \(item.typeName)")
        ok = false
        continue
      }
      texts.append(scalar.string)
    }
    return ok ? texts : nil
  }

  /// A list field's items, reporting any other type.
  mutating func list(_ fields: Fields, _ key: String, required: Bool = true) -> [Node]? {
    guard let node = fields.value(key) else {
      if required { missing(fields, key) }
      return nil
    }
    guard case .sequence(let sequence) = node else {
      report(node, "field '\(key)' of \(fields.label) must be a list, not \(node.typeName)")
      return nil
    }
    return Array(sequence)
  }

  /// A finite number (integer or decimal), reporting text that is not one.
  mutating func number(_ fields: Fields, _ key: String, required: Bool = true) -> Double? {
    guard let node = fields.value(key) else {
      if required { missing(fields, key) }
      return nil
    }
    return number(node, field: key, in: fields.label)
  }

  /// A node's finite number value, reporting text that is not one.
  mutating func number(_ node: Node, field: String, in label: String) -> Double? {
    guard let text = scalarText(node, field: field, in: label) else { return nil }
    let digits =
      text.utf8.contains(UInt8(ascii: "_")) ? text.replacingOccurrences(of: "_", with: "") : text
    let plain = digits.utf8.allSatisfy { Self.numberBytes.contains($0) }
    // Every spelling of NaN or infinity has a letter other than e, so plain digits are none.
    if !plain {
      let unsigned = digits.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
      if [".nan", "nan", ".inf", "inf", "infinity"].contains(unsigned) {
        report(node, "\(field) '\(text)' is not a finite number")
        return nil
      }
    }
    guard !digits.isEmpty, plain, let value = Double(digits) else {
      report(node, "\(field) '\(text)' is not a number", hint: "write a plain number, e.g. 0.75")
      return nil
    }
    guard !node.isQuoted else {
      report(
        node, "\(field) '\(text)' is in quotes, so it is text, not a number",
        hint: "remove the quotes")
      return nil
    }
    guard value.isFinite else {
      report(node, "\(field) '\(text)' is not a finite number")
      return nil
    }
    return value
  }

  /// The bytes a number may be written with: digits, signs, the decimal point and `e`.
  private static let numberBytes = Set("0123456789+-.eE".utf8)

  /// Reports a number that is not smaller than 10^15 in magnitude (`CatalogLimits.magnitude`)
  /// and returns nil for it; returns any other value.
  mutating func bounded(_ value: Double?, _ node: Node?, field: String) -> Double? {
    guard let value, let node else { return nil }
    guard abs(value) < CatalogLimits.magnitude else {
      report(
        node,
        "\(field) \(node.raw) is too large: numbers in a catalog must lie between -10^15 and 10^15",
        hint: "give the metric in a larger unit, e.g. billions")
      return nil
    }
    return value
  }

  /// A whole number smaller than 10^15 in magnitude, reporting text that is not one.
  mutating func integer(_ fields: Fields, _ key: String, required: Bool = true) -> Int? {
    guard let node = fields.value(key) else {
      if required { missing(fields, key) }
      return nil
    }
    guard let text = scalarText(node, field: key, in: fields.label) else { return nil }
    let digits = text.replacingOccurrences(of: "_", with: "")
    let unsigned =
      digits.first == "+" || digits.first == "-" ? digits.dropFirst() : Substring(digits)
    let whole = !unsigned.isEmpty && unsigned.utf8.allSatisfy { (48...57).contains($0) }
    guard whole else {
      report(node, "\(key) '\(text)' is not a whole number")
      return nil
    }
    guard !node.isQuoted else {
      report(
        node, "\(key) '\(text)' is in quotes, so it is text, not a number",
        hint: "remove the quotes")
      return nil
    }
    guard let value = Int(digits), Double(value.magnitude) < CatalogLimits.magnitude else {
      report(
        node,
        "\(key) \(text) is too large: whole numbers in a catalog must lie between -10^15 and 10^15")
      return nil
    }
    return value
  }

  /// A `YYYY-MM-DD` date, read from the text as written, reporting a bad format or a date that
  /// does not exist.
  mutating func day(_ fields: Fields, _ key: String, required: Bool = true) -> Day? {
    guard let node = fields.value(key) else {
      if required { missing(fields, key) }
      return nil
    }
    guard let text = scalarText(node, field: key, in: fields.label) else { return nil }
    if let day = Day(text) {
      guard day.isPlausible else {
        report(
          node,
          "\(key) '\(text)' is outside the years \(Day.plausibleYears.lowerBound)–\(Day.plausibleYears.upperBound)",
          hint: "check the year")
        return nil
      }
      return day
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let shaped =
      text.count == 10 && parts.map(\.count) == [4, 2, 2]
      && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    if shaped {
      report(node, "\(key) '\(text)' is not a real date", hint: "check the month and the day")
    } else {
      report(node, "\(key) '\(text)' is not a YYYY-MM-DD date", hint: "write it as e.g. 2023-12-14")
    }
    return nil
  }

  /// One of an enumeration's raw values, reporting any other text with the allowed values.
  mutating func choice<E: RawRepresentable & CaseIterable>(
    _ fields: Fields, _ key: String, as type: E.Type, allowed: [E]? = nil, required: Bool = true
  ) -> E? where E.RawValue == String {
    guard let node = fields.value(key) else {
      if required { missing(fields, key) }
      return nil
    }
    guard let text = scalarText(node, field: key, in: fields.label) else { return nil }
    let options = allowed ?? Array(E.allCases)
    if let value = E(rawValue: text), options.contains(where: { $0.rawValue == text }) {
      return value
    }
    let names = options.map(\.rawValue)
    report(
      node, "unknown \(key) '\(text)' in \(fields.label)",
      hint: "\(key) is one of \(names.joined(separator: ", "))")
    return nil
  }
}
