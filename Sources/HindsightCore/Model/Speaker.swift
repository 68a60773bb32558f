/// A named person who made forecasts.
public struct Speaker: Hashable, Sendable, Codable {
  /// A slug, e.g. `kai-fu-lee`.
  public var id: String
  /// The name in its original script, e.g. 李开复.
  public var name: String
  /// The romanised or English name, e.g. Kai-Fu Lee.
  public var nameEn: String
  /// Roles and organisations at the time the forecasts were made.
  public var affiliations: [String]

  /// Creates a speaker.
  public init(id: String, name: String, nameEn: String, affiliations: [String]) {
    self.id = id
    self.name = name
    self.nameEn = nameEn
    self.affiliations = affiliations
  }
}
