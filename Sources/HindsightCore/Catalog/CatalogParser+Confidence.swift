import Yams

extension CatalogParser {
  /// The probability bounds every `p` and interval end must respect.
  static let probabilityRange = 0.01...0.99

  /// Reads the `confidence_scale` rows; reports a phrase listed in two rows.
  mutating func readScale(_ top: Fields) -> [ConfidenceLevel] {
    var rowIDs: [String: CatalogLocation] = [:]
    var phraseRows: [String: (row: String, location: CatalogLocation)] = [:]
    var levels: [ConfidenceLevel] = []
    let known = ["id", "phrases", "p", "interval", "basis", "reference"]
    for node in reader.list(top, "confidence_scale") ?? [] {
      let label = "a confidence scale row"
      guard let fields = reader.fields(node, label: label, known: known, idKind: "scale row") else {
        continue
      }
      var id = reader.text(fields, "id")
      if let given = id, let idNode = fields.value("id") {
        if !Self.isSlug(given) {
          reader.report(
            idNode, "scale row id '\(given)' is not a slug",
            hint: "use lowercase letters, digits and single hyphens, e.g. 'almost-certainly'")
          id = nil
        } else if let first = rowIDs[given] {
          reader.report(
            idNode, "duplicate scale row id '\(given)'", hint: "first defined at \(first)")
          id = nil
        } else {
          rowIDs[given] = idNode.location
        }
      }
      let phrases = reader.textList(fields, "phrases")
      var phraseNodes: [Node] = []
      if phrases != nil, case .sequence(let sequence)? = fields.value("phrases") {
        phraseNodes = Array(sequence)
      }
      for (phrase, itemNode) in zip(phrases ?? [], phraseNodes) {
        let key = ConfidenceScale.normalise(phrase)
        if let first = phraseRows[key] {
          reader.report(
            itemNode, "phrase '\(phrase)' is already in scale row '\(first.row)'",
            hint: "first listed at \(first.location)")
        } else {
          phraseRows[key] = (id ?? "?", itemNode.location)
        }
      }
      let p = readProbability(fields)
      let interval = readInterval(fields, p: p)
      let basis = reader.choice(
        fields, "basis", as: ConfidenceBasis.self, allowed: [.scale, .editor])
      let reference = reader.text(fields, "reference")
      guard let id, let phrases, let p, let interval, let basis, let reference else { continue }
      levels.append(
        ConfidenceLevel(
          id: id, phrases: phrases, p: p, interval: interval, basis: basis, reference: reference))
    }
    return levels
  }

  /// Reads `p` and checks it lies in [0.01, 0.99].
  mutating func readProbability(_ fields: Fields, required: Bool = true) -> Double? {
    guard let p = reader.number(fields, "p", required: required), let node = fields.value("p")
    else { return nil }
    guard Self.probabilityRange.contains(p) else {
      reader.report(
        node, "p \(node.raw) is outside [0.01, 0.99]",
        hint: "probabilities must lie between 0.01 and 0.99")
      return nil
    }
    return p
  }

  /// Reads `interval: [low, high]`: two numbers in [0.01, 0.99], low ≤ high, containing `p`.
  mutating func readInterval(_ fields: Fields, p: Double?, required: Bool = true)
    -> ClosedRange<Double>?
  {
    guard let items = reader.list(fields, "interval", required: required),
      let node = fields.value("interval")
    else { return nil }
    guard items.count == 2 else {
      reader.report(
        node, "interval has \(items.count) values, not 2", hint: "write it as [low, high]")
      return nil
    }
    var ends: [Double] = []
    for item in items {
      guard let value = reader.number(item, field: "interval end", in: fields.label) else {
        return nil
      }
      guard Self.probabilityRange.contains(value) else {
        reader.report(
          item, "interval end \(item.raw) is outside [0.01, 0.99]",
          hint: "probabilities must lie between 0.01 and 0.99")
        return nil
      }
      ends.append(value)
    }
    let text = "[\(items[0].raw), \(items[1].raw)]"
    guard ends[0] <= ends[1] else {
      reader.report(node, "interval \(text) has its low end above its high end")
      return nil
    }
    let interval = ends[0]...ends[1]
    if let p, !interval.contains(p) {
      reader.report(
        node, "interval \(text) does not contain p \(fields.value("p")?.raw ?? Self.format(p))",
        hint: "widen the interval or correct p")
      return nil
    }
    return interval
  }

  /// Reads a forecast's `confidence`; with `basis: scale` fills p and interval from the scale.
  mutating func readConfidence(_ node: Node, forecast: Fields, names: KnownNames)
    -> Confidence?
  {
    let label = "the confidence of \(forecast.label)"
    let known = ["phrase", "p", "interval", "basis"]
    guard let fields = reader.fields(node, label: label, known: known) else { return nil }
    let phrase = reader.text(fields, "phrase", required: false)
    let basis = reader.choice(fields, "basis", as: ConfidenceBasis.self)
    guard let basis else {
      _ = readInterval(fields, p: readProbability(fields, required: false), required: false)
      return nil
    }
    guard basis == .scale else {
      let p = readProbability(fields)
      let interval = readInterval(fields, p: p)
      if basis == .editor, forecast.value("note") == nil, let basisNode = fields.value("basis") {
        reader.report(
          basisNode, "confidence basis 'editor' in \(forecast.label) has no note saying why",
          hint: "add a forecast 'note' explaining the editor's choice")
      }
      guard let p, let interval else { return nil }
      return Confidence(phrase: phrase, p: p, interval: interval, basis: basis)
    }
    let writtenP = readProbability(fields, required: false)
    let writtenInterval = readInterval(fields, p: writtenP, required: false)
    guard let phrase, let phraseNode = fields.value("phrase") else {
      if fields.value("phrase") == nil { reader.missing(fields, "phrase") }
      return nil
    }
    guard let level = names.phrases[ConfidenceScale.normalise(phrase)] else {
      let hint =
        reader.suggest(phrase, in: names.allPhrases).map { "did you mean '\($0)'?" }
        ?? "add it to confidence_scale, or use basis: stated or editor with a p"
      reader.report(
        phraseNode, "confidence phrase '\(phrase)' is not in the confidence scale", hint: hint)
      return nil
    }
    if let writtenP, writtenP != level.p, let pNode = fields.value("p") {
      reader.report(
        pNode,
        "p \(pNode.raw) differs from the scale's \(Self.format(level.p)) for '\(phrase)'",
        hint: "remove p to take the scale's, or use basis: stated or editor")
    }
    if let writtenInterval, writtenInterval != level.interval,
      case .sequence(let items)? = fields.value("interval"),
      let intervalNode = fields.value("interval")
    {
      let written = "[\(items.map(\.raw).joined(separator: ", "))]"
      let scaleText =
        "[\(Self.format(level.interval.lowerBound)), \(Self.format(level.interval.upperBound))]"
      reader.report(
        intervalNode, "interval \(written) differs from the scale's \(scaleText) for '\(phrase)'",
        hint: "remove interval to take the scale's, or use basis: stated or editor")
    }
    return Confidence(phrase: phrase, p: level.p, interval: level.interval, basis: .scale)
  }

  /// A number as the catalog would write it: `0.75`, `2`, `20000000000`.
  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
