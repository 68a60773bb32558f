/// Rule 3: a `numeric` forecast is judged on the observation nearest its date, within the
/// question's tolerance.
struct NumericRule {
  let forecast: Forecast
  let question: Question
  let evidence: [Recorded<Evidence>]
  let asOf: Day

  func resolve() -> Resolution {
    guard let target = forecast.target else {
      return Resolution(
        forecast: forecast.id, status: .open, rule: .windowOpen,
        rationale: "The forecast has no target, so no observation can decide it.")
    }
    let tolerance = question.metric?.toleranceDays ?? 0
    let values: [(recorded: Recorded<Evidence>, value: Double, distance: Int)] = evidence.compactMap
    {
      guard case .value(let value) = $0.value.observation else { return nil }
      let distance = abs($0.value.observed.days(to: target.at))
      return distance <= tolerance ? ($0, value, distance) : nil
    }
    guard let nearest = values.map(\.distance).min() else {
      if target.at < asOf {
        return Resolution(
          forecast: forecast.id, status: .due, rule: .awaitingEvidence,
          rationale:
            "The target date \(target.at) has passed with no observation within \(tolerance) days of it."
        )
      }
      return Resolution(
        forecast: forecast.id, status: .open, rule: .windowOpen,
        rationale:
          "The target date \(target.at) has not come and no observation within \(tolerance) days of it is recorded."
      )
    }
    // Ties in distance go to the later recorded observation.
    let closest = values.filter { $0.distance == nearest }.sorted {
      $0.recorded.seq < $1.recorded.seq
    }
    let chosen = closest[closest.count - 1]
    let sameDay = closest.filter { $0.recorded.value.observed == chosen.recorded.value.observed }
    let verdicts = Set(sameDay.map { target.isSatisfied(by: $0.value) })
    if verdicts.count > 1 {
      let listed = sameDay.map { "\(NumberText.plain($0.value)) (seq \($0.recorded.seq))" }.joined(
        separator: ", ")
      return Resolution(
        forecast: forecast.id, status: .due, rule: .conflict, entries: sameDay.map(\.recorded.seq),
        rationale:
          "Conflicting evidence: observations on \(chosen.recorded.value.observed) disagree (\(listed)); a verdict must settle it.",
        flags: [.conflict], needs: "a verdict to settle conflicting evidence")
    }
    let satisfied = target.isSatisfied(by: chosen.value)
    let unit = question.metric.map { " \($0.unit)" } ?? ""
    return Resolution(
      forecast: forecast.id, status: satisfied ? .true : .false,
      rule: satisfied ? .valueInRange : .valueOutOfRange,
      resolvedOn: chosen.recorded.value.observed, entries: [chosen.recorded.seq],
      rationale:
        "The value observed on \(chosen.recorded.value.observed) (seq \(chosen.recorded.seq)) was \(NumberText.plain(chosen.value))\(unit), \(satisfied ? "inside" : "outside") the forecast range \(describe(target))\(unit)."
    )
  }

  private func describe(_ target: NumericTarget) -> String {
    switch (target.min, target.max) {
    case (let min?, let max?): "\(NumberText.plain(min)) to \(NumberText.plain(max))"
    case (let min?, nil): "at least \(NumberText.plain(min))"
    case (nil, let max?): "at most \(NumberText.plain(max))"
    case (nil, nil): "(unbounded)"
    }
  }
}
