import HindsightCore

/// The contents of the derived tables (`catalog_items`, `retracted`, `imported_forecasts`) as a pure fold of entries;
/// `verify` recomputes it from the entries and compares it with the tables.
struct DerivedState: Equatable {
  /// The catalog items, by kind and id.
  var items: [ItemKey: StoredItem] = [:]
  /// Retracted seq → the seq of the retraction entry.
  var retracted: [Int64: Int64] = [:]
  /// The bulk imports, by seq: `forecasts` must hold exactly their rows.
  var imports: [Int64: BulkImport] = [:]
  /// What `question_entries` must hold: the entries about each question.
  var questionEntries: Set<QuestionEntry> = []
  /// The question of each catalog forecast, as last added or amended.
  private var forecastQuestion: [String: String] = [:]

  /// One row of `question_entries`.
  struct QuestionEntry: Hashable, Comparable {
    var question: String
    var seq: Int64

    static func < (lhs: QuestionEntry, rhs: QuestionEntry) -> Bool {
      (lhs.question, lhs.seq) < (rhs.question, rhs.seq)
    }
  }

  /// Applies one entry's effect.
  mutating func apply(seq: Int64, payload: EntryPayload) {
    for question in questions(of: payload) {
      questionEntries.insert(QuestionEntry(question: question, seq: seq))
    }
    switch payload {
    case .catalogAdd(let item), .amendment(let item, _):
      let key = ItemKey(kind: item.kindName, id: item.id)
      let json = CatalogItemJSON.encode(item).canonicalText
      if var stored = items[key] {
        stored.json = json
        stored.lastSeq = seq
        stored.withdrawn = false
        items[key] = stored
      } else {
        items[key] = StoredItem(
          kind: key.kind, id: key.id, json: json, firstSeq: seq, lastSeq: seq, withdrawn: false)
      }
    case .withdrawal(let forecast):
      let key = ItemKey(kind: "forecast", id: forecast)
      items[key]?.withdrawn = true
      items[key]?.lastSeq = seq
    case .retraction(let retraction):
      retracted[retraction.seq] = seq
    case .bulkImport(let bulk):
      imports[seq] = bulk
    case .evidence, .verdict, .note, .void:
      break
    }
  }

  /// The questions an entry is about (`Ledger.index` records the same), updating the
  /// question of each forecast it adds or moves.
  private mutating func questions(of payload: EntryPayload) -> [String] {
    switch payload {
    case .catalogAdd(.forecast(let forecast)), .amendment(.forecast(let forecast), _):
      let old = forecastQuestion.updateValue(forecast.question, forKey: forecast.id)
      return old.map { $0 == forecast.question ? [$0] : [$0, forecast.question] } ?? [
        forecast.question
      ]
    case .catalogAdd(.question(let question)), .amendment(.question(let question), _):
      return [question.id]
    case .withdrawal(let forecast):
      guard items[ItemKey(kind: "forecast", id: forecast)]?.withdrawn == false else { return [] }
      return forecastQuestion.removeValue(forKey: forecast).map { [$0] } ?? []
    case .evidence(let evidence): return [evidence.question]
    case .verdict(let verdict): return [verdict.question]
    case .note(let note): return [note.question]
    case .retraction(let retraction):
      return questionEntries.filter { $0.seq == retraction.seq }.map(\.question)
    default: return []
    }
  }
}
