import HindsightCore

/// One forecast flattened for listing: everything `forecasts` prints, as plain values.
public struct ForecastRow: Hashable, Sendable {
  /// The forecast's id.
  public var id: String
  /// The question's id.
  public var question: String
  /// The question's kind.
  public var kind: QuestionKind
  /// The speaker's id.
  public var speaker: String
  /// The speaker's name in its original script, e.g. 李开复.
  public var speakerName: String
  /// The speaker's romanised or English name, e.g. Kai-Fu Lee.
  public var speakerNameEn: String
  /// The source's id.
  public var source: String
  /// The day the forecast was made.
  public var saidOn: Day
  /// The verbatim quote.
  public var quote: String
  /// Its English translation.
  public var quoteEn: String
  /// The operationalised claim.
  public var claim: String
  /// The window's first day (event and binary questions).
  public var windowFrom: Day?
  /// The window's last day (event and binary questions).
  public var windowTo: Day?
  /// The day a numeric forecast is judged at.
  public var at: Day?
  /// The probability that the claim is true.
  public var p: Double
  /// Where `p` came from.
  public var pBasis: ConfidenceBasis
  /// The question's tags.
  public var tags: [String]
  /// Status, outcome and resolved-on day at the as-of date.
  public var state: ForecastState
  /// The editor's reason for judging the claim already true when said, if the editor did.
  public var alreadyTrueWhenSaid: String?

  /// Creates a row.
  public init(
    id: String, question: String, kind: QuestionKind, speaker: String, speakerName: String,
    speakerNameEn: String, source: String, saidOn: Day, quote: String, quoteEn: String,
    claim: String, windowFrom: Day?, windowTo: Day?, at: Day?, p: Double,
    pBasis: ConfidenceBasis, tags: [String], state: ForecastState,
    alreadyTrueWhenSaid: String? = nil
  ) {
    self.id = id
    self.question = question
    self.kind = kind
    self.speaker = speaker
    self.speakerName = speakerName
    self.speakerNameEn = speakerNameEn
    self.source = source
    self.saidOn = saidOn
    self.quote = quote
    self.quoteEn = quoteEn
    self.claim = claim
    self.windowFrom = windowFrom
    self.windowTo = windowTo
    self.at = at
    self.p = p
    self.pBasis = pBasis
    self.tags = tags
    self.state = state
    self.alreadyTrueWhenSaid = alreadyTrueWhenSaid
  }

  /// The day the forecast closes: the window's end or the numeric date.
  public var closesOn: Day? { windowTo ?? at }

  /// The speaker as a table shows them: `李开复 Kai-Fu Lee`, or one name when both are the same.
  public var speakerLabel: String {
    speakerName == speakerNameEn || speakerName.isEmpty
      ? speakerNameEn : "\(speakerName) \(speakerNameEn)"
  }

  /// The speaker as a narrow table shows them: the name in its original script (`李开复`), or
  /// the English name when there is no other.
  public var speakerOriginalLabel: String {
    speakerName.isEmpty ? speakerNameEn : speakerName
  }

  /// The window or date as a table shows it: `2025` for a whole calendar year,
  /// `2025-03-01..2025-09-30` for another window, `at 2023-12-31` for a numeric date.
  public var whenLabel: String {
    if let from = windowFrom, let to = windowTo {
      let (fromYear, fromMonth, fromDay) = from.components
      let (toYear, toMonth, toDay) = to.components
      if fromYear == toYear, fromMonth == 1, fromDay == 1, toMonth == 12, toDay == 31 {
        return String(fromYear)
      }
      if from <= saidOn { return "by \(to)" }
      return "\(from)..\(to)"
    }
    if let at { return "at \(at)" }
    return ""
  }

  /// `p` with two decimals, e.g. `0.75`.
  public var pLabel: String { ProbabilityFormat.twoDecimals(p) }

  /// The status as a table shows it: followed by `ForecastListing.alreadyTrueMark` when the
  /// editor judged the claim already true when said.
  public var statusLabel: String {
    state.status.rawValue
      + (alreadyTrueWhenSaid == nil ? "" : " " + ForecastListing.alreadyTrueMark)
  }
}

extension ForecastRow {
  /// The row of a forecast read from the ledger's index: a catalog forecast takes its quote,
  /// source, basis and both names of its speaker from its catalog item (`item`, `speaker`); an
  /// imported one has no quote, cites its import and names its speaker once.
  public init(_ indexed: IndexedForecast, item: Forecast?, speaker: Speaker?) {
    let row = indexed.row
    self.init(
      id: row.forecast, question: row.question, kind: indexed.kind, speaker: row.speaker,
      speakerName: speaker?.name ?? row.speakerName,
      speakerNameEn: speaker?.nameEn ?? row.speakerName,
      source: item?.source ?? FlatRow.sourceID(importSeq: indexed.seq), saidOn: row.saidOn,
      quote: item?.quote ?? "", quoteEn: item?.quoteEn ?? "", claim: row.claim,
      windowFrom: row.windowFrom, windowTo: row.windowTo, at: indexed.at, p: row.p,
      pBasis: item?.confidence.basis ?? .stated, tags: row.tags,
      state: ForecastState(
        status: indexed.status,
        outcome: indexed.row.outcome.flatMap { $0 == .annulled ? nil : $0 == .true },
        resolvedOn: row.resolvedOn),
      alreadyTrueWhenSaid: item?.alreadyTrueWhenSaid)
  }
}
