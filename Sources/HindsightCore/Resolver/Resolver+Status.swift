extension Resolver {
  /// The status of a binary forecast without a verdict: `due` once its horizon has passed,
  /// else `open`.
  public static func binaryStatus(closesOn: Day?, asOf: Day) -> ForecastStatus {
    if let closesOn, closesOn < asOf { return .due }
    return .open
  }
}
