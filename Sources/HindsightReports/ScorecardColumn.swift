import HindsightCore

/// One figure of a scorecard line, described once: its JSON key (and CSV column stem), what it
/// means, the shape and value that the JSON, the CSV and the oracle read, and how the
/// terminal table shows it, if it does. `ScorecardColumn.all` is the one list of figures.
struct ScorecardColumn: Sendable {
  /// The JSON key; the CSV header, or the stem of its flattened headers.
  let key: StaticString
  /// What the figure is, in a sentence (docs/methodology.md defines each one).
  let label: String
  /// Scalar or object (with its members), or JSON only.
  let shape: ScorecardShape
  /// Whether only speaker lines have it (not the pooled line): the speaker's identity.
  let speakerOnly: Bool
  /// The value on a line (with the speaker's identity on a speaker line).
  let value: @Sendable (ScorecardLine, ScorecardIdentity?) -> ScorecardFigure
  /// How the terminal table shows it, when it does.
  var table: TableCell?

  /// A column of the terminal's ranked table: its header, side, what the legend says of it
  /// (nil: nothing), and its cell (`intervalMethod`: whether intervals name their method).
  struct TableCell: Sendable {
    let header: String
    let alignment: DisplayWidth.Alignment
    let legend: String?
    let cell: @Sendable (ScorecardLine, _ intervalMethod: Bool) -> String
  }

  /// The column with a table cell.
  func shown(
    _ header: String, alignment: DisplayWidth.Alignment = .right, legend: String? = nil,
    cell: @escaping @Sendable (ScorecardLine, _ intervalMethod: Bool) -> String
  ) -> ScorecardColumn {
    var column = self
    column.table = TableCell(header: header, alignment: alignment, legend: legend, cell: cell)
    return column
  }

  init(
    _ key: StaticString, _ label: String, shape: ScorecardShape = .scalar,
    speakerOnly: Bool = false,
    value: @escaping @Sendable (ScorecardLine, ScorecardIdentity?) -> ScorecardFigure
  ) {
    self.key = key
    self.label = label
    self.shape = shape
    self.speakerOnly = speakerOnly
    self.value = value
  }

  /// A number of the line's scores.
  static func score(
    _ key: StaticString, _ label: String, _ value: @escaping @Sendable (Scores) -> Double?
  ) -> ScorecardColumn {
    ScorecardColumn(key, label) { line, _ in .number(value(line.scores)) }
  }

  /// A count of the line's tally.
  static func tally(
    _ key: StaticString, _ label: String, _ value: @escaping @Sendable (ForecastTally) -> Int
  ) -> ScorecardColumn {
    ScorecardColumn(key, label) { line, _ in .count(value(line.tally)) }
  }

  static let interval: ScorecardShape = .members([("low", .scalar), ("high", .scalar)])

  /// Every column, in the CSV's order (the JSON writes them sorted by key).
  static let all: [ScorecardColumn] = [
    ScorecardColumn("id", "The speaker's id.", speakerOnly: true) { _, who in .text(who?.id) },
    ScorecardColumn("name", "The speaker's name.", speakerOnly: true) { _, who in
      .text(who?.name)
    },
    ScorecardColumn("name_en", "The speaker's name in English.", speakerOnly: true) { _, who in
      .text(who?.nameEn)
    },
    ScorecardColumn(
      "rank", "Rank by the shrunk Brier score among speakers with enough resolved forecasts.",
      speakerOnly: true
    ) { _, who in who?.rank.map { .count($0) } ?? .text(nil) },
    tally("forecasts", "Forecasts: each speaker's line of updates on a proposition once.") {
      $0.forecasts
    },
    tally("resolved", "Resolved true or false.") { $0.resolved }
      .shown("resolved", legend: "resolved: resolved of all forecasts.") { line, _ in
        "\(line.tally.resolved)/\(line.tally.forecasts)"
      },
    tally("open", "Window not yet closed.") { $0.open },
    tally("due", "Window closed, waiting for evidence or a verdict.") { $0.due },
    tally("annulled", "Annulled: left out of scoring.") { $0.annulled },
    ScorecardColumn("n", "Resolved forecasts scored.") { line, _ in .count(line.scores.n) },
    ScorecardColumn("enough_to_judge", "Whether n is at least 5.") { line, _ in
      .flag(line.scores.enoughToJudge)
    },
    score("base_rate", "Share that came true.") { $0.baseRate },
    score("mean_p", "Mean probability.") { $0.meanP },
    score("brier", "Brier score, mean of (p − o)², 0–1, lower is better.") { $0.brier }
      .shown("Brier") { line, _ in ScorecardReport.optional(line.scores.brier, places: 3) },
    ScorecardColumn(
      "brier_ci95", "95% interval of the Brier score and its method.",
      shape: .members([("low", .scalar), ("high", .scalar), ("method", .scalar)])
    ) { line, _ in
      .object(
        line.scores.brierCI95.map {
          [.number($0.low), .number($0.high), .text($0.method.rawValue)]
        })
    }
    .shown("95% interval", alignment: .left) { line, method in
      line.scores.brierCI95.map {
        let interval = ScorecardReport.range($0.low, $0.high)
        return method ? "\(interval) \(ScorecardReport.methodLabel[$0.method] ?? "")" : interval
      } ?? ScorecardReport.dash
    },
    ScorecardColumn(
      "brier_range", "The Brier score with scale-derived p at their interval ends.",
      shape: .members([
        ("min", .scalar), ("max", .scalar), ("at_low_ends", .scalar), ("at_high_ends", .scalar),
        ("varied", .scalar),
      ])
    ) { line, _ in
      .object(
        line.scores.brierRange.map {
          [
            .number($0.min), .number($0.max), .number($0.atLowEnds), .number($0.atHighEnds),
            .count($0.varied),
          ]
        })
    }
    .shown(
      "range", alignment: .left,
      legend: "range: the Brier score with every p read from the confidence scale at its "
        + "interval's low and at its high end (— when no p was)."
    ) { line, _ in
      line.scores.brierRange.map {
        $0.varied == 0 ? ScorecardReport.dash : ScorecardReport.range($0.min, $0.max)
      } ?? ScorecardReport.dash
    },
    score("log_loss", "Log loss in nats, p clamped to [0.001, 0.999].") { $0.logLoss }
      .shown("log loss") { line, _ in ScorecardReport.optional(line.scores.logLoss, places: 3) },
    score("spherical", "Spherical score (higher is better).") { $0.spherical },
    score("bss_base_rate", "Brier skill score against the base rate.") { $0.bssBaseRate }
      .shown(
        "BSS", legend: "BSS: skill against the speaker's own base rate (above 0 beats it)."
      ) { line, _ in ScorecardReport.signed(line.scores.bssBaseRate) },
    score("bss_coin", "Brier skill score against always saying 0.5.") { $0.bssCoin },
    ScorecardColumn(
      "murphy", "Murphy's decomposition of the Brier score.",
      shape: .members([("reliability", .scalar), ("resolution", .scalar), ("uncertainty", .scalar)])
    ) { line, _ in
      .object(
        line.scores.murphy.map {
          [.number($0.reliability), .number($0.resolution), .number($0.uncertainty)]
        })
    },
    ScorecardColumn("calibration", "The ten-bin calibration table.", shape: .jsonOnly) {
      line, _ in .bins(line.scores.calibration)
    },
    score("calibration_in_the_large", "Mean p minus the base rate.") {
      $0.calibrationInTheLarge
    },
    score("overconfidence", "Mean of max(p, 1 − p) minus the hit rate.") { $0.overconfidence }
      .shown(
        "overconf", legend: "overconf: stated confidence minus hit rate (above 0: too sure)."
      ) { line, _ in ScorecardReport.signed(line.scores.overconfidence) },
    score("hit_rate", "Share whose more likely side happened.") { $0.hitRate }
      .shown("hit rate", legend: "hit rate: share whose more likely side happened.") { line, _ in
        line.scores.hitRate.map { "\(Int(($0 * 100).rounded()))% of \(line.scores.hitRateN)" }
          ?? ScorecardReport.dash
      },
    ScorecardColumn("hit_rate_n", "Forecasts the hit rate counts (p ≠ 0.5).") { line, _ in
      .count(line.scores.hitRateN)
    },
    ScorecardColumn("hit_rate_ci95", "Wilson 95% interval of the hit rate.", shape: interval) {
      line, _ in .object(line.scores.hitRateCI95.map { [.number($0.low), .number($0.high)] })
    },
    tally("updates", "Every update of those forecasts.") { $0.updates },
    tally("already_true", "Flagged already true when said: shown, never scored.") {
      $0.alreadyTrue
    },
    score("brier_shrunk", "Brier score shrunk toward 0.25 by 30 pseudo-forecasts (ranks).") {
      $0.brierShrunk
    },
    score("brier_time_averaged", "Mean daily Brier score over each forecast's updates.") {
      $0.brierTimeAveraged
    },
    score("peer_score", "Metaculus peer score against the others on shared propositions.") {
      $0.peerScore
    }
    .shown(
      "peer",
      legend: "peer: Metaculus peer score against the other speakers on the same "
        + "propositions, and how many (above 0 beats them)."
    ) { line, _ in
      line.scores.peerScore.map {
        "\(ProbabilityFormat.signed($0, places: 1)) (\(line.scores.peerN))"
      } ?? ScorecardReport.dash
    },
    score("relative_brier", "Brier score minus the median of the others' (Fatebook).") {
      $0.relativeBrier
    },
    ScorecardColumn("peer_n", "Scored forecasts on propositions others forecast too.") {
      line, _ in .count(line.scores.peerN)
    },
    ScorecardColumn(
      "by_horizon", "Brier score and n by how far ahead the forecast was made.",
      shape: .members(
        Horizon.allCases.map { (horizonKey($0), .members([("n", .scalar), ("brier", .scalar)])) })
    ) { line, _ in
      let byHorizon = Dictionary(
        line.scores.byHorizon.map { ($0.horizon, $0) }, uniquingKeysWith: { first, _ in first })
      return .object(
        Horizon.allCases.map {
          .object([.count(byHorizon[$0]?.n ?? 0), .number(byHorizon[$0]?.brier)])
        })
    },
  ]

  /// The JSON key of a horizon (its raw value).
  static func horizonKey(_ horizon: Horizon) -> StaticString {
    switch horizon {
    case .underMonth: "under_30_days"
    case .monthToYear: "30_days_to_1_year"
    case .yearToThree: "1_to_3_years"
    case .overThree: "over_3_years"
    }
  }

  /// The columns of the terminal's ranked table, in its order.
  static let table: [ScorecardColumn] = [
    "resolved", "brier", "brier_ci95", "brier_range", "peer_score", "log_loss", "hit_rate",
    "bss_base_rate", "overconfidence",
  ].map { key in all.first { "\($0.key)" == key && $0.table != nil }! }

  /// The columns sorted by key, as the JSON writes them.
  static let sortedByKey = all.sorted { "\($0.key)" < "\($1.key)" }

  /// The CSV headers of every column, in order.
  static let csvHeaders = all.flatMap { $0.shape.csvHeaders("\($0.key)") }

  /// Writes a line as a JSON object, its members sorted by key (the speaker's identity only on
  /// a speaker line).
  static func writeJSON(
    _ line: ScorecardLine, identity: ScorecardIdentity?, to json: inout PrettyJSONWriter
  ) {
    json.openObject()
    for column in sortedByKey where identity != nil || !column.speakerOnly {
      json.key(column.key)
      column.shape.write(column.value(line, identity), to: &json)
    }
    json.closeObject()
  }

  /// A line's CSV cells, in `csvHeaders` order (empty identity cells on the pooled line but
  /// its id, `overall`).
  static func csvCells(_ line: ScorecardLine, identity: ScorecardIdentity?) -> [String] {
    all.flatMap { column in
      if identity == nil, column.speakerOnly {
        return column.shape.csvCells(.text("\(column.key)" == "id" ? "overall" : nil))
      }
      return column.shape.csvCells(column.value(line, identity))
    }
  }
}
