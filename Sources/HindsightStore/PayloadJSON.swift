import HindsightCore

/// The canonical JSON form of entry payloads: an object with a `"type"` discriminator.
enum PayloadJSON {
  /// The payload as a JSON object.
  static func encode(_ payload: EntryPayload) -> JSONValue {
    var members: [String: JSONValue] = ["type": .string(CanonicalEntry.kind(of: payload))]
    switch payload {
    case .catalogAdd(let item):
      members["item_kind"] = .string(item.kindName)
      members["item"] = CatalogItemJSON.encode(item)
    case .amendment(let item, let changes):
      members["item_kind"] = .string(item.kindName)
      members["item"] = CatalogItemJSON.encode(item)
      members["changes"] = .array(changes.map(encode))
    case .withdrawal(let forecast):
      members["forecast"] = .string(forecast)
    case .evidence(let evidence):
      members["question"] = .string(evidence.question)
      if let forecast = evidence.forecast { members["forecast"] = .string(forecast) }
      members["observed"] = .string(evidence.observed.description)
      members["source"] = .string(evidence.source)
      members["summary"] = .string(evidence.summary)
      let citation = evidence.citation
      if let title = citation.title { members["source_title"] = .string(title) }
      if let publisher = citation.publisher { members["source_publisher"] = .string(publisher) }
      if let published = citation.published {
        members["source_published"] = .string(published.description)
      }
      if let excerpt = citation.excerpt { members["excerpt"] = .string(excerpt) }
      switch evidence.observation {
      case .occurred: members["observation"] = .string("occurred")
      case .notOccurred: members["observation"] = .string("not_occurred")
      case .value(let value):
        members["observation"] = .string("value")
        members["value"] = .number(value)
      case .supports(let strength):
        members["observation"] = .string("supports")
        members["strength"] = .string(strength.rawValue)
      case .refutes(let strength):
        members["observation"] = .string("refutes")
        members["strength"] = .string(strength.rawValue)
      }
    case .verdict(let verdict):
      members["question"] = .string(verdict.question)
      if let forecast = verdict.forecast { members["forecast"] = .string(forecast) }
      members["outcome"] = .string(verdict.outcome.rawValue)
      members["reason"] = .string(verdict.reason)
      members["source"] = .string(verdict.source)
      members["observed"] = .string(verdict.observed.description)
    case .retraction(let retraction), .void(let retraction):
      members["seq"] = .number(Double(retraction.seq))
      members["reason"] = .string(retraction.reason)
    case .note(let note):
      members["question"] = .string(note.question)
      if let forecast = note.forecast { members["forecast"] = .string(forecast) }
      members["observed"] = .string(note.observed.description)
      members["text"] = .string(note.text)
    case .bulkImport(let bulk):
      members["file"] = .string(bulk.file)
      members["format"] = .string(bulk.format.rawValue)
      members["rows"] = .number(Double(bulk.rows))
      members["rows_sha256"] = .string(bulk.rowsSHA256)
      // Only an import that resolved forecasts of earlier ones has these, so the payloads of
      // imports without them read as they always have.
      if bulk.resolutions > 0 {
        members["resolutions"] = .number(Double(bulk.resolutions))
        members["resolutions_sha256"] = .string(bulk.resolutionsSHA256 ?? "")
      }
    }
    return .object(members)
  }

  /// Reads a payload from its JSON object.
  static func decode(_ value: JSONValue) throws -> EntryPayload {
    let fields = try JSONFields(value, context: "payload")
    switch try fields.string("type") {
    case "catalog_add":
      let kind = try fields.string("item_kind")
      return .catalogAdd(try CatalogItemJSON.decode(fields.members["item"] ?? .null, kind: kind))
    case "amendment":
      let kind = try fields.string("item_kind")
      let item = try CatalogItemJSON.decode(fields.members["item"] ?? .null, kind: kind)
      guard case .array(let values)? = fields.members["changes"] else {
        throw fields.fail("changes", "a list")
      }
      let changes = try values.map { value in
        let change = try JSONFields(value, context: "amendment change")
        return FieldChange(
          field: try change.string("field"), old: try change.optionalString("old"),
          new: try change.optionalString("new"))
      }
      return .amendment(item, changes: changes)
    case "withdrawal":
      return .withdrawal(forecast: try fields.string("forecast"))
    case "evidence":
      return .evidence(
        Evidence(
          question: try fields.string("question"), forecast: try fields.optionalString("forecast"),
          observed: try fields.day("observed"), source: try fields.string("source"),
          summary: try fields.string("summary"), observation: try decodeObservation(fields),
          citation: Citation(
            title: try fields.optionalString("source_title"),
            publisher: try fields.optionalString("source_publisher"),
            published: try fields.optionalDay("source_published"),
            excerpt: try fields.optionalString("excerpt"))))
    case "verdict":
      return .verdict(
        Verdict(
          question: try fields.string("question"), forecast: try fields.optionalString("forecast"),
          outcome: try fields.rawValue("outcome", as: VerdictOutcome.self),
          reason: try fields.string("reason"), source: try fields.string("source"),
          observed: try fields.day("observed")))
    case "retraction":
      return .retraction(
        Retraction(seq: try fields.int64("seq"), reason: try fields.string("reason")))
    case "void":
      return .void(Retraction(seq: try fields.int64("seq"), reason: try fields.string("reason")))
    case "note":
      return .note(
        EditorNote(
          question: try fields.string("question"), forecast: try fields.optionalString("forecast"),
          observed: try fields.day("observed"), text: try fields.string("text")))
    case "bulk_import":
      return .bulkImport(
        BulkImport(
          file: try fields.string("file"),
          format: try fields.rawValue("format", as: ImportFormat.self),
          rows: Int(try fields.int64("rows")), rowsSHA256: try fields.string("rows_sha256"),
          resolutions: fields.members["resolutions"] == nil
            ? 0 : Int(try fields.int64("resolutions")),
          resolutionsSHA256: try fields.optionalString("resolutions_sha256")))
    case let other:
      throw LedgerError.malformedPayload(context: "payload", reason: "unknown type '\(other)'")
    }
  }

  private static func encode(_ change: FieldChange) -> JSONValue {
    var members: [String: JSONValue] = ["field": .string(change.field)]
    if let old = change.old { members["old"] = .string(old) }
    if let new = change.new { members["new"] = .string(new) }
    return .object(members)
  }

  private static func decodeObservation(_ fields: JSONFields) throws -> Observation {
    switch try fields.string("observation") {
    case "occurred": return .occurred
    case "not_occurred": return .notOccurred
    case "value": return .value(try fields.number("value"))
    case "supports": return .supports(try fields.rawValue("strength", as: Strength.self))
    case "refutes": return .refutes(try fields.rawValue("strength", as: Strength.self))
    case let other:
      throw LedgerError.malformedPayload(
        context: "evidence payload", reason: "unknown observation '\(other)'")
    }
  }
}
