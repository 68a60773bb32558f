import Yams

/// Builds a `Catalog` from the YAML tree, collecting every problem on the way.
struct CatalogParser {
  /// Reads typed values and holds the problems.
  var reader: CatalogReader
  /// Where each id was first defined.
  var locations = CatalogLocations()
  /// The confidence scale's rows read so far.
  var levels: [ConfidenceLevel] = []
  /// Whether the `sources` and `speakers` lists were readable (else references are not checked).
  var sourcesRead = false
  var speakersRead = false
  /// Every forecast id with the place it is written, for the question/forecast collision check.
  var forecastIDs: [(id: String, location: CatalogLocation)] = []

  /// The catalog's top-level fields.
  static let topFields = ["version", "confidence_scale", "sources", "speakers", "questions"]

  init(file: String) {
    reader = CatalogReader(file: file)
  }

  /// Reads the whole document; returns the catalog (meaningful only when there are no problems).
  mutating func parse(_ root: Node) -> Catalog? {
    guard let top = reader.fields(root, label: "the catalog", known: Self.topFields) else {
      return nil
    }
    let version = reader.integer(top, "version")
    if let version, version != 1, let node = top.value("version") {
      reader.report(
        node, "unsupported catalog version \(version)",
        hint: "this version of hindsight reads version 1")
    }
    let scale = ConfidenceScale(levels: readScale(top))
    let sources = readList(top, "sources") { $0.readSource($1) }
    sourcesRead = sources != nil
    let speakers = readList(top, "speakers") { $0.readSpeaker($1) }
    speakersRead = speakers != nil
    var known = KnownNames(allPhrases: NameIndex(scale.allPhrases))
    if sourcesRead {
      known.sourceIDs = NameIndex(Self.inFileOrder(locations.sources))
      known.sources = Set(locations.sources.keys)
    }
    if speakersRead {
      known.speakerIDs = NameIndex(Self.inFileOrder(locations.speakers))
      known.speakers = Set(locations.speakers.keys)
    }
    for level in scale.levels {
      for phrase in level.phrases where known.phrases[ConfidenceScale.normalise(phrase)] == nil {
        known.phrases[ConfidenceScale.normalise(phrase)] = level
      }
    }
    var questions: [Question] = []
    var forecasts: [Forecast] = []
    for node in reader.list(top, "questions") ?? [] {
      guard let (question, itsForecasts) = readQuestion(node, scale: scale, names: known) else {
        continue
      }
      questions.append(question)
      forecasts += itsForecasts
    }
    checkCollisions()
    guard let version, let sources, let speakers else { return nil }
    return Catalog(
      version: version, confidenceScale: scale, sources: sources, speakers: speakers,
      questions: questions, forecasts: forecasts)
  }

  /// Reads a list section item by item; nil when the section is absent or not a list.
  mutating func readList<T>(
    _ top: Fields, _ key: String, _ item: (inout CatalogParser, Node) -> T?
  ) -> [T]? {
    guard let nodes = reader.list(top, key) else { return nil }
    var items: [T] = []
    for node in nodes {
      if let value = item(&self, node) { items.append(value) }
    }
    return items
  }

  /// Reads an item's `id`: reports a missing id, a non-slug and a duplicate (with where it was
  /// first defined), records its location, and names the item in later problems.
  mutating func readID(
    _ fields: Fields, kind: String,
    registry: WritableKeyPath<CatalogLocations, [String: CatalogLocation]>
  ) -> String? {
    guard let id = reader.text(fields, "id"), let node = fields.value("id") else { return nil }
    guard Self.isSlug(id) else {
      reader.report(
        node, "\(kind) id '\(id)' is not a slug",
        hint: "use lowercase letters, digits and single hyphens, e.g. 'robot-butler-2031'")
      return nil
    }
    if let first = locations[keyPath: registry][id] {
      reader.report(node, "duplicate \(kind) id '\(id)'", hint: "first defined at \(first)")
      return nil
    }
    locations[keyPath: registry][id] = node.location
    return id
  }

  /// Whether the text matches `[a-z0-9]+(-[a-z0-9]+)*`.
  static func isSlug(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.allSatisfy { part in
      !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }

  mutating func readSource(_ node: Node) -> Source? {
    let known = ["id", "title", "title_en", "publisher", "held_on", "published_on", "citation"]
    guard let fields = reader.fields(node, label: "a source", known: known, idKind: "source") else {
      return nil
    }
    let id = readID(fields, kind: "source", registry: \.sources)
    let title = reader.text(fields, "title")
    let titleEn = reader.text(fields, "title_en")
    let publisher = reader.text(fields, "publisher")
    let heldOn = reader.day(fields, "held_on", required: false)
    let publishedOn = reader.day(fields, "published_on", required: false)
    let citation = reader.text(fields, "citation")
    if !fields.has("held_on"), !fields.has("published_on") {
      reader.report(
        node, "\(fields.label) has neither 'held_on' nor 'published_on'",
        hint: "give the day it was held, the day it was published, or both")
    }
    guard let id, let title, let titleEn, let publisher, let citation else { return nil }
    return Source(
      id: id, title: title, titleEn: titleEn, publisher: publisher, heldOn: heldOn,
      publishedOn: publishedOn, citation: citation)
  }

  mutating func readSpeaker(_ node: Node) -> Speaker? {
    let known = ["id", "name", "name_en", "affiliations"]
    guard let fields = reader.fields(node, label: "a speaker", known: known, idKind: "speaker")
    else { return nil }
    let id = readID(fields, kind: "speaker", registry: \.speakers)
    let name = reader.text(fields, "name")
    let nameEn = reader.text(fields, "name_en")
    let affiliations = reader.textList(fields, "affiliations")
    guard let id, let name, let nameEn, let affiliations else { return nil }
    return Speaker(id: id, name: name, nameEn: nameEn, affiliations: affiliations)
  }

  /// Reports every id used by two kinds of item (source, speaker, question, forecast): an id
  /// names one thing, so that `show`, `--speaker` and the ledger's entries are unambiguous.
  /// Each is reported at its later definition, with the earlier one in the hint.
  mutating func checkCollisions() {
    for (id, location) in forecastIDs {
      guard let question = locations.questions[id] else { continue }
      reader.report(
        at: location, "forecast id '\(id)' is also a question id",
        hint:
          "the question is defined at \(question); ids must differ so 'hindsight show' is unambiguous"
      )
    }
    let kinds: [(name: String, ids: [String: CatalogLocation])] = [
      ("source", locations.sources), ("speaker", locations.speakers),
      ("question", locations.questions), ("forecast", locations.forecasts),
    ]
    for (index, kind) in kinds.enumerated() {
      for other in kinds[(index + 1)...] {
        // Forecasts against questions are reported above.
        if kind.name == "question" && other.name == "forecast" { continue }
        for (id, first) in kind.ids {
          guard let second = other.ids[id] else { continue }
          let (earlier, later) = first.line <= second.line ? (first, second) : (second, first)
          let (earlierKind, laterKind) =
            first.line <= second.line ? (kind.name, other.name) : (other.name, kind.name)
          reader.report(
            at: later, "\(laterKind) id '\(id)' is also a \(earlierKind) id",
            hint: "the \(earlierKind) is defined at \(earlier); an id names one thing")
        }
      }
    }
  }
}
