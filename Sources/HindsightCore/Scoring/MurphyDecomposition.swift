/// Murphy's (1973) partition of the Brier score: BS = reliability − resolution + uncertainty.
///
/// Forecasts are grouped by distinct `p`, so the identity holds exactly (up to rounding).
public struct MurphyDecomposition: Hashable, Sendable, Codable {
  /// REL = Σ n_k (p_k − ō_k)² / N; lower is better.
  public var reliability: Double
  /// RES = Σ n_k (ō_k − ō)² / N; higher is better.
  public var resolution: Double
  /// UNC = ō (1 − ō); a property of the outcomes alone.
  public var uncertainty: Double

  /// Creates a decomposition from its three parts.
  public init(reliability: Double, resolution: Double, uncertainty: Double) {
    self.reliability = reliability
    self.resolution = resolution
    self.uncertainty = uncertainty
  }

  /// REL − RES + UNC, which equals the Brier score.
  public var brier: Double { reliability - resolution + uncertainty }
}
