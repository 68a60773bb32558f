import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight show ID`: one question or forecast in full.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show one forecast or question in full.",
      discussion: """
        For a forecast: the speaker, where and when it was said, the verbatim quote and its \
        translation, the claim, the question's resolution criteria, the window or target, \
        the confidence (hedge phrase, p, interval and where p came from), the editor's note, \
        the editor's judgement that the claim was already true when said (if made), \
        and the status at --as-of, followed by the amendments, evidence and resolution \
        recorded in the ledger.

        For a question: its title, kind, criteria, tags, metric, and a table of its forecasts.

        Ids are the ones `hindsight ls` prints. Example:
          hindsight show kai-fu-lee-five-or-six-survive
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The id of a forecast or a question.", valueName: "id"))
    var id: String

    func run() throws {
      let workspace = try Workspace.open(global)
      let ledger = workspace.ledger
      func unknown() throws -> LookupError {
        let known = try ledger.catalog(knownBy: workspace.knownBy)
        let ids = known.forecasts.map(\.id) + known.questions.map(\.id)
        return LookupError.unknownID(id, closest: EditDistance.closest(to: id, in: ids))
      }
      guard
        let questionID = try ledger.question(ofForecast: id)
          ?? (try ledger.hasQuestion(id) ? id : nil),
        let slice = try ledger.slice(question: questionID, knownBy: workspace.knownBy)
      else { throw try unknown() }
      let catalog = slice.catalog(
        version: workspace.header.version, confidenceScale: workspace.header.confidenceScale)
      let entries = slice.entries
      let resolutions = slice.resolver(asOf: workspace.asOf, knownBy: workspace.knownBy)
        .resolveAll()
      let byID = Dictionary(uniqueKeysWithValues: resolutions.map { ($0.forecast, $0) })
      let state: (Forecast) -> ForecastState = { forecast in
        byID[forecast.id].map {
          ForecastState(status: $0.status, outcome: $0.outcome, resolvedOn: $0.resolvedOn)
        } ?? ForecastState(status: .open)
      }
      let style = Terminal.style(color: Terminal.useColor(global.color))
      if let forecast = catalog.forecast(id),
        let detail = ForecastDetail(
          forecastID: id, catalog: catalog, state: state(forecast),
          amendments: Self.amendments(of: [forecast.id, forecast.question], in: entries),
          evidence: EvidenceTimeline.items(
            entries: entries, question: forecast.question, forecast: forecast.id),
          resolution: byID[forecast.id])
      {
        print(detail.render(style: style), terminator: "")
      } else if id == questionID,
        let detail = QuestionDetail(questionID: questionID, catalog: catalog, state: state)
      {
        print(detail.render(width: Terminal.width(), style: style), terminator: "")
        let timeline = EvidenceTimeline.items(entries: entries, question: questionID)
        print("")
        print(style.apply(.heading, "Evidence"))
        if timeline.isEmpty {
          print(style.apply(.dim, "  none recorded yet"))
        } else {
          let lines = EvidenceTimeline.table(timeline).render(
            maxWidth: Terminal.width(), style: style.tableCells(statusColumn: -1, statuses: []))
          print(lines.joined(separator: "\n"))
        }
      } else {
        throw try unknown()
      }
    }

    /// The amendments recorded for any of `ids` (a forecast and its question), oldest first.
    static func amendments(of ids: Set<String>, in entries: [LedgerEntry]) -> [ForecastDetail
      .Amendment]
    {
      entries.compactMap { entry in
        guard case .amendment(let item, let changes) = entry.payload, ids.contains(item.id),
          item.kindName == "forecast" || item.kindName == "question"
        else { return nil }
        return ForecastDetail.Amendment(
          recordedOn: Day(containing: entry.recordedAt), changes: changes)
      }
    }
  }
}
