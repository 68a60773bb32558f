import Foundation
import HindsightCore

/// Speakers' names as the review shows them: `name (name_en)`, or one of them when equal.
public struct SpeakerNames {
  /// The label of the pooled row and series.
  public static let pooled = "All speakers"

  private let labels: [String: String]

  /// The labels of the catalog's speakers.
  public init(catalog: Catalog) {
    labels = Dictionary(
      catalog.speakers.map { ($0.id, Self.label($0)) }, uniquingKeysWith: { first, _ in first })
  }

  /// `李开复 (Kai-Fu Lee)`; an English name that has parentheses of its own follows a comma
  /// instead (`祝铭明, Misa (Zhu Mingming)`), so parentheses never nest.
  public static func label(_ speaker: Speaker) -> String {
    if speaker.name == speaker.nameEn { return speaker.name }
    return speaker.nameEn.contains("(")
      ? "\(speaker.name), \(speaker.nameEn)" : "\(speaker.name) (\(speaker.nameEn))"
  }

  /// The label of the speaker with this id (the id itself when the catalog lacks it).
  public subscript(id: String) -> String { labels[id] ?? id }
}
