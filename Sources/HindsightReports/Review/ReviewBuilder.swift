import Foundation
import HindsightCore

/// Computes a ``ReviewReport`` from the catalog and the ledger's entries: a pure function, the
/// dates passed in.
public enum ReviewBuilder {
  /// The review of `year`: valid time cut at 31 December of `year`, transaction time at
  /// `knownBy`.
  ///
  /// - Parameters:
  ///   - catalog: the catalog as the ledger knew it at `knownBy`.
  ///   - entries: the ledger's entries (those recorded after `knownBy` are ignored).
  ///   - head: the hash and count of the entries recorded by `knownBy`.
  ///   - imported: the outcomes of bulk imports, as verdict facts (see `LedgerFacts.addImported`).
  public static func build(
    catalog: Catalog, entries: [LedgerEntry], year: Int, knownBy: Date,
    head: ReviewReport.LedgerHead, imported: [Recorded<Verdict>] = []
  ) -> ReviewReport {
    let known = entries.filter { $0.recordedAt <= knownBy }.sorted { $0.seq < $1.seq }
    let yearEnd = Day.yearEnd(year)
    let cut = Cut(
      catalog: catalog, entries: known, imported: imported, asOf: yearEnd, knownBy: knownBy)
    let previous = Cut(
      catalog: catalog, entries: known, imported: imported, asOf: Day.yearEnd(year - 1),
      knownBy: knownBy)
    let names = SpeakerNames(catalog: catalog)
    let due = toDo(cut, entries: known, names: names, year: year)
    return ReviewReport(
      year: year, asOf: yearEnd, knownBy: knownBy, head: head,
      summary: summary(cut, year: year, due: due),
      resolved: resolved(cut, entries: known, names: names, year: year),
      scoreboard: scoreboard(now: cut.scorecard, before: previous.scorecard, names: names),
      brierHistory: brierHistory(
        catalog: catalog, entries: known, imported: imported, year: year, knownBy: knownBy,
        speakers: cut.scorecard.speakers.compactMap(\.speaker), names: names),
      due: due.filter { $0.status == .due },
      dueNextYear: due.filter { $0.status == .open },
      amendments: amendments(known, catalog: catalog, year: year))
  }

  private static func summary(_ cut: Cut, year: Int, due: [ToDoItem]) -> ReviewReport.Summary {
    var summary = ReviewReport.Summary()
    summary.made = cut.catalog.forecasts.filter { $0.saidOn.year == year }.count
    summary.inCatalog = cut.catalog.forecasts.count
    let tally = cut.scorecard.overall.tally
    summary.open = tally.open
    summary.due = tally.due
    summary.annulled = tally.annulled
    summary.resolved =
      cut.resolutions.filter { $0.status.isResolved && $0.resolvedOn?.year == year }.count
    summary.overdue = due.filter { $0.status == .due && $0.overdue }.count
    return summary
  }

  private static func resolved(
    _ cut: Cut, entries: [LedgerEntry], names: SpeakerNames, year: Int
  ) -> [ResolvedForecast] {
    return cut.resolutions.compactMap { resolution -> ResolvedForecast? in
      guard resolution.status.isResolved || resolution.status == .annulled,
        let resolvedOn = resolution.resolvedOn, resolvedOn.year == year,
        let forecast = cut.catalog.forecast(resolution.forecast)
      else { return nil }
      return ResolvedForecast(
        id: forecast.id, speaker: names[forecast.speaker], quote: forecast.quote,
        quoteEn: forecast.quoteEn, claim: forecast.claim, confidence: forecast.confidence,
        outcome: resolution.status, resolvedOn: resolvedOn, rule: resolution.rule,
        rationale: resolution.rationale, flags: resolution.flags,
        evidence: EvidenceTimeline.items(
          entries: entries, question: forecast.question, forecast: forecast.id))
    }.sorted { ($0.resolvedOn, $0.id) < ($1.resolvedOn, $1.id) }
  }

  private static func scoreboard(now: Scorecard, before: Scorecard, names: SpeakerNames)
    -> [ScoreRow]
  {
    now.speakers.map { line in
      ScoreRow(
        speaker: line.speaker, label: names[line.speaker ?? ""], tally: line.tally,
        scores: line.scores,
        previous: line.speaker.flatMap { before.line(for: $0)?.scores } ?? .empty)
    }
      + [
        ScoreRow(
          speaker: nil, label: SpeakerNames.pooled, tally: now.overall.tally,
          scores: now.overall.scores, previous: before.overall.scores)
      ]
  }

  private static func brierHistory(
    catalog: Catalog, entries: [LedgerEntry], imported: [Recorded<Verdict>], year: Int,
    knownBy: Date, speakers: [String], names: SpeakerNames
  ) -> [BrierSeries] {
    guard let first = catalog.forecasts.map(\.saidOn.year).min(), first <= year else { return [] }
    let cards = (first...year).map { y in
      (
        y,
        Cut(
          catalog: catalog, entries: entries, imported: imported, asOf: .yearEnd(y),
          knownBy: knownBy
        ).scorecard
      )
    }
    func point(_ year: Int, _ line: ScorecardLine?) -> BrierSeries.Point {
      BrierSeries.Point(year: year, brier: line?.scores.brier, n: line?.scores.n ?? 0)
    }
    return speakers.map { id in
      BrierSeries(
        speaker: id, label: names[id], points: cards.map { point($0.0, $0.1.line(for: id)) })
    } + [
      BrierSeries(
        speaker: nil, label: SpeakerNames.pooled, points: cards.map { point($0.0, $0.1.overall) })
    ]
  }

  private static func toDo(_ cut: Cut, entries: [LedgerEntry], names: SpeakerNames, year: Int)
    -> [ToDoItem]
  {
    let overdueBefore = Day.yearEnd(year).adding(days: -ReviewReport.overdueDays)
    return zip(cut.catalog.forecasts, cut.resolutions).compactMap { forecast, resolution in
      // Open forecasts that close on the year's last day (due from the next morning) or
      // during the next year.
      let closesSoon =
        forecast.closesOn.map { (.yearEnd(year)...(.yearEnd(year + 1))).contains($0) } ?? false
      guard resolution.status == .due || (resolution.status == .open && closesSoon)
      else { return nil }
      return ToDoItem(
        id: forecast.id, speaker: names[forecast.speaker], claim: forecast.claim,
        closesOn: forecast.closesOn, status: resolution.status,
        overdue: resolution.status == .due
          && (forecast.closesOn.map { $0 < overdueBefore } ?? false),
        evidenceCount: cut.resolver.facts.evidence(for: forecast).count, needs: resolution.needs,
        notes: EvidenceTimeline.items(
          entries: entries, question: forecast.question, forecast: forecast.id
        ).filter { $0.type == "note" && $0.retractedBy == nil })
    }.sorted {
      ($0.closesOn ?? .yearEnd(year), $0.id) < ($1.closesOn ?? .yearEnd(year), $1.id)
    }
  }

  private static func amendments(_ entries: [LedgerEntry], catalog: Catalog, year: Int)
    -> [AmendmentItem]
  {
    entries.compactMap { entry in
      guard case .amendment(let item, let changes) = entry.payload,
        Day(containing: entry.recordedAt).year == year
      else { return nil }
      let affected: [Forecast] =
        switch item {
        case .forecast(let forecast): [catalog.forecast(forecast.id) ?? forecast]
        case .question(let question): catalog.forecasts(about: question.id)
        default: []
        }
      let late = affected.filter {
        Resolver.isAmendedAfterClose(
          changes: changes, recordedAt: entry.recordedAt, closesOn: $0.closesOn)
      }
      return AmendmentItem(
        seq: entry.seq, recordedOn: Day(containing: entry.recordedAt), kind: item.kindName,
        item: item.id, changes: changes, afterCloseFor: late.map(\.id))
    }
  }
}
