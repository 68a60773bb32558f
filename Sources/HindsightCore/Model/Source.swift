/// Where forecasts were made: an event or a publication.
public struct Source: Hashable, Sendable, Codable {
  /// A slug that identifies the source in the catalog, e.g. `meet-2024`.
  public var id: String
  /// The title in its original language.
  public var title: String
  /// The title in English.
  public var titleEn: String
  /// Who published or organised it.
  public var publisher: String
  /// The day the event was held, when it was an event.
  public var heldOn: Day?
  /// The day the record of it was published.
  public var publishedOn: Day?
  /// A citation a reader can follow (URL or bibliographic reference).
  public var citation: String

  /// Creates a source.
  public init(
    id: String, title: String, titleEn: String, publisher: String, heldOn: Day?,
    publishedOn: Day?, citation: String
  ) {
    self.id = id
    self.title = title
    self.titleEn = titleEn
    self.publisher = publisher
    self.heldOn = heldOn
    self.publishedOn = publishedOn
    self.citation = citation
  }
}
