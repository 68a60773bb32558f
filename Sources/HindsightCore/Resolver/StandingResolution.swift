/// A forecast's resolution at the ledger's head — every entry recorded, every observation
/// counted — kept so that any later as-of day can read its status without the resolver.
///
/// The resolver is run once at `Resolver.standingAsOf`, a day after every observation. What
/// it finds then holds at any as-of day on or after the last observation the ledger records,
/// except that a forecast still waiting at the end of time (`pending`) is `open` until the day
/// it closes and `due` after it (`status(asOf:closesOn:)`).
public struct StandingResolution: Hashable, Sendable {
  /// The status at `Resolver.standingAsOf`.
  public var status: ForecastStatus
  /// The rule that decided it.
  public var rule: ResolutionRule
  /// The day the outcome was settled, when decided.
  public var resolvedOn: Day?
  /// The resolution's flags, sorted.
  public var flags: [ResolutionFlag]

  /// Creates a standing resolution.
  public init(
    status: ForecastStatus, rule: ResolutionRule, resolvedOn: Day? = nil,
    flags: [ResolutionFlag] = []
  ) {
    self.status = status
    self.rule = rule
    self.resolvedOn = resolvedOn
    self.flags = flags
  }

  /// What a resolution run at `Resolver.standingAsOf` says.
  public init(_ resolution: Resolution) {
    self.init(
      status: resolution.status, rule: resolution.rule, resolvedOn: resolution.resolvedOn,
      flags: resolution.flags)
  }

  /// The standing resolution of an imported forecast about whose question the ledger records
  /// nothing else: its own outcome decides (rule 1, a verdict on the forecast), else it waits
  /// for one (rule 4, binary questions) — the resolver's rules, on the row's values.
  public static func imported(outcome: VerdictOutcome?, resolvedOn: Day?, closesOn: Day?)
    -> StandingResolution
  {
    if let outcome, let resolvedOn {
      return StandingResolution(
        status: ForecastStatus(outcome), rule: .forecastVerdict, resolvedOn: resolvedOn)
    }
    let status = Resolver.binaryStatus(closesOn: closesOn, asOf: Resolver.standingAsOf)
    return StandingResolution(status: status, rule: status == .due ? .awaitingVerdict : .windowOpen)
  }

  /// The status and resolved-on day at a past as-of day of a forecast whose own outcome
  /// decides it (an imported forecast about whose question the ledger records nothing else:
  /// `imported(outcome:resolvedOn:closesOn:)`): its outcome from the day it was settled on;
  /// before that it waits, `open` or `due` by the day it closes, as the resolver's binary rule
  /// has it (`Resolver.binaryStatus`).
  public func state(asOf day: Day, closesOn: Day?) -> (status: ForecastStatus, resolvedOn: Day?) {
    if let resolvedOn, resolvedOn <= day { return (status, resolvedOn) }
    return (Resolver.binaryStatus(closesOn: closesOn, asOf: day), nil)
  }

  /// Whether the forecast is waiting for evidence or a verdict, with nothing in conflict: its
  /// status then depends on the as-of day alone.
  public var isPending: Bool {
    status == .due && (rule == .awaitingEvidence || rule == .awaitingVerdict)
  }

  /// The status at `asOf` (on or after the ledger's last observation): a pending forecast is
  /// `due` once the day it closes is past, `open` before; any other keeps its status.
  public func status(asOf: Day, closesOn: Day?) -> ForecastStatus {
    guard isPending else { return status }
    return Resolver.binaryStatus(closesOn: closesOn, asOf: asOf)
  }
}

extension Resolver {
  /// The as-of day of standing resolutions: after any day an observation can carry.
  public static let standingAsOf = Day(year: 9999, month: 12, day: 31)!
}
