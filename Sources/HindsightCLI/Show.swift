import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports

extension HindsightCommand {
  /// `hindsight show ID`: one question or forecast in full.
  struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show one forecast or question in full.",
      discussion: """
        For a forecast: the speaker, where and when it was said, the verbatim quote and its \
        translation, the claim, the question's resolution criteria, the window or target, \
        the confidence (hedge phrase, p, interval and where p came from), the editor's note \
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

    func run() async throws {
      let catalog = try loadCatalog(global)
      let asOf = try global.asOfDay()
      let state: (Forecast) -> ForecastState = {
        ForecastState(status: DateStatus.status(of: $0, asOf: asOf))
      }
      let style = Terminal.style(color: Terminal.useColor(global.color))
      if let forecast = catalog.forecast(id),
        let detail = ForecastDetail(forecastID: id, catalog: catalog, state: state(forecast))
      {
        print(detail.render(style: style), terminator: "")
      } else if let detail = QuestionDetail(questionID: id, catalog: catalog, state: state) {
        print(detail.render(width: Terminal.width(), style: style), terminator: "")
      } else {
        let known = catalog.forecasts.map(\.id) + catalog.questions.map(\.id)
        throw LookupError.unknownID(id, closest: ClosestMatch.closest(to: id, in: known))
      }
    }
  }
}
