/// Which forecasts the review of a year lists, by their state at the year's end: those resolved
/// or annulled during the year, and, on the editor's to-do, those due or open and closing by
/// the next year's end; each made by the year's end. The review lists by it, and its read
/// takes the texts of these forecasts alone (`ForecastRead.reviewing(_:)`).
public struct ReviewListing: Hashable, Sendable {
  /// The year reviewed.
  public let year: Int

  /// The listing of the review of `year`.
  public init(year: Int) {
    self.year = year
  }

  /// Whether a forecast in this state at the year's end is one of the year's resolutions:
  /// resolved or annulled during the year.
  public func isResolution(status: ForecastStatus, resolvedOn: Day?) -> Bool {
    (status.isResolved || status == .annulled) && resolvedOn?.year == year
  }

  /// Whether a forecast in this state at the year's end is on the editor's to-do: due, or open
  /// and closing on the year's last day (due from the next morning) or during the next year.
  public func isToDo(status: ForecastStatus, closesOn: Day?) -> Bool {
    guard status != .due else { return true }
    guard status == .open, let closesOn else { return false }
    return (Day.yearEnd(year)...Day.yearEnd(year + 1)).contains(closesOn)
  }

  /// Whether the review lists a forecast made on `saidOn`, in this state at the year's end.
  public func lists(
    saidOn: Day, status: ForecastStatus, resolvedOn: Day?, closesOn: Day?
  ) -> Bool {
    saidOn <= .yearEnd(year)
      && (isResolution(status: status, resolvedOn: resolvedOn)
        || isToDo(status: status, closesOn: closesOn))
  }
}
