/// Rule 2: an `event` forecast is judged by when the event occurred relative to its window.
struct EventRule {
  let forecast: Forecast
  let evidence: [Recorded<Evidence>]
  let asOf: Day

  private enum Side: Comparable {
    case before, within, after
  }

  func resolve() -> Resolution {
    guard let window = forecast.window else {
      return Resolution(
        forecast: forecast.id, status: .open, rule: .windowOpen,
        rationale: "The forecast has no window, so no evidence can decide it.")
    }
    let occurred = evidence.filter { $0.value.observation == .occurred }
      .sorted { ($0.value.observed, $0.seq) < ($1.value.observed, $1.seq) }
    let notOccurred = evidence.filter { $0.value.observation == .notOccurred }
      .sorted { ($0.value.observed, $0.seq) < ($1.value.observed, $1.seq) }

    if let conflict = conflict(window: window, occurred: occurred, notOccurred: notOccurred) {
      return conflict
    }
    if let first = occurred.first {
      let day = first.value.observed
      let (status, rule, place): (ForecastStatus, ResolutionRule, String) =
        if day < window.from {
          (.false, .occurredBeforeWindow, "before the window opened on \(window.from)")
        } else if day > window.to {
          (.false, .occurredAfterWindow, "after the window closed on \(window.to)")
        } else {
          (.true, .occurredInWindow, "inside the window \(window.from) to \(window.to)")
        }
      return Resolution(
        forecast: forecast.id, status: status, rule: rule, resolvedOn: day,
        entries: occurred.map(\.seq),
        rationale: "The event occurred on \(day) (seq \(first.seq)), \(place).")
    }
    if let absent = notOccurred.first(where: { $0.value.observed >= window.to }) {
      return Resolution(
        forecast: forecast.id, status: .false, rule: .notOccurredByEnd,
        resolvedOn: absent.value.observed, entries: [absent.seq],
        rationale:
          "The event had not occurred as of \(absent.value.observed) (seq \(absent.seq)), on or after the window's end \(window.to)."
      )
    }
    if window.to < asOf {
      return Resolution(
        forecast: forecast.id, status: .due, rule: .awaitingEvidence,
        entries: notOccurred.map(\.seq),
        rationale: "The window closed on \(window.to) with no decisive evidence.")
    }
    return Resolution(
      forecast: forecast.id, status: .open, rule: .windowOpen, entries: notOccurred.map(\.seq),
      rationale:
        "The window \(window.from) to \(window.to) is still open and the event has not been observed."
    )
  }

  /// Occurrences on different sides of the window, or an occurrence contradicted by a
  /// not-occurred observation dated on or after it.
  private func conflict(
    window: Window, occurred: [Recorded<Evidence>], notOccurred: [Recorded<Evidence>]
  ) -> Resolution? {
    func side(_ day: Day) -> Side {
      day < window.from ? .before : (day > window.to ? .after : .within)
    }
    let sides = Set(occurred.map { side($0.value.observed) })
    if sides.count > 1 {
      let listed = occurred.map { "\($0.value.observed) (seq \($0.seq))" }.joined(separator: ", ")
      return conflictResolution(
        entries: occurred.map(\.seq),
        reason:
          "occurrences recorded on \(listed) fall on different sides of the window \(window.from) to \(window.to)"
      )
    }
    if let first = occurred.first,
      let denial = notOccurred.first(where: { $0.value.observed >= first.value.observed })
    {
      return conflictResolution(
        entries: [first.seq, denial.seq].sorted(),
        reason:
          "the event is recorded as occurring on \(first.value.observed) (seq \(first.seq)) but as not having occurred as of \(denial.value.observed) (seq \(denial.seq))"
      )
    }
    return nil
  }

  private func conflictResolution(entries: [Int64], reason: String) -> Resolution {
    Resolution(
      forecast: forecast.id, status: .due, rule: .conflict, entries: entries,
      rationale: "Conflicting evidence: \(reason); a verdict must settle it.", flags: [.conflict],
      needs: "a verdict to settle conflicting evidence")
  }
}
