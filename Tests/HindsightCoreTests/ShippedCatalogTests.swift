import Foundation
import HindsightCore
import Testing

/// The shipped MEET 2024 catalog: valid, and holding the forecasts the transcript makes.
@Suite struct ShippedCatalogTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func load() throws -> Catalog {
    let result = CatalogLoader.load(path: root.appendingPathComponent("predictions.yaml").path)
    #expect(result.problems.isEmpty, "\(result.problems.map(\.description))")
    return try #require(result.catalog)
  }

  @Test func loadsWithoutProblems() throws {
    let catalog = try Self.load()
    #expect(catalog.sources.map(\.id) == ["meet-2024"])
    #expect(catalog.forecasts.count >= 20)
    #expect(Set(catalog.forecasts.map(\.saidOn)) == [Day("2023-12-14")!])
  }

  /// Each affiliation reads back as one string, exactly as written between its quotes: a comma
  /// inside the parentheses does not split it (expected values copied from the file by hand).
  @Test func affiliationsReadBackAsWritten() throws {
    let catalog = try Self.load()
    #expect(
      catalog.speaker("luan-jian")?.affiliations == [
        "小米集团技术委员会AI实验室大模型团队负责人 (head of the large-model team, AI Lab, Technology Committee, Xiaomi Group)"
      ])
    #expect(
      catalog.speaker("kai-fu-lee")?.affiliations == [
        "创新工场董事长 (chairman, Sinovation Ventures)", "零一万物CEO (CEO, 01.AI)",
      ])
    let text = try String(
      contentsOf: Self.root.appendingPathComponent("predictions.yaml"), encoding: .utf8)
    for speaker in catalog.speakers {
      for affiliation in speaker.affiliations {
        #expect(text.contains("\"\(affiliation)\""), "\(speaker.id): \(affiliation)")
        #expect(
          affiliation.filter { $0 == "(" }.count == affiliation.filter { $0 == ")" }.count,
          "\(speaker.id): \(affiliation)")
      }
    }
  }

  @Test func autonomousDrivingHasThreeWindows() throws {
    let catalog = try Self.load()
    let forecasts = catalog.forecasts(about: "autonomous-driving-chatgpt-moment")
    let windows = forecasts.map { "\($0.speaker) \($0.window!.from)..\($0.window!.to)" }
    #expect(
      windows == [
        "liao-ruoxue 2025-01-01..2025-12-31",
        "huang-zehua 2023-12-14..2025-12-14",
        "tian-shan 2026-12-14..2028-12-14",
      ])
  }

  @Test func xiaomiPlansAreNumericWithTargets() throws {
    let catalog = try Self.load()
    let year = try #require(catalog.forecast("luan-jian-xiaomi-rd-2023")?.target)
    #expect(year.at == Day("2023-12-31"))
    #expect(year.min == 20_000_000_000)
    let plan = try #require(catalog.forecast("luan-jian-xiaomi-rd-2022-2026")?.target)
    #expect(plan.at == Day("2026-12-31"))
    #expect(plan.min == 100_000_000_000)
    #expect(catalog.question("xiaomi-rd-2023")?.metric?.unit == "CNY")
  }

  @Test func everyScalePhraseResolvesAndEveryEditorJudgementIsExplained() throws {
    let catalog = try Self.load()
    for forecast in catalog.forecasts {
      if forecast.confidence.basis == .scale {
        let phrase = try #require(forecast.confidence.phrase)
        let level = try #require(catalog.confidenceScale.level(for: phrase))
        #expect(forecast.confidence.p == level.p, "\(forecast.id)")
      }
      if forecast.window?.basis == .editor || forecast.target?.basis == .editor {
        #expect(forecast.note?.isEmpty == false, "\(forecast.id) needs a note")
      }
    }
  }

  /// Every quote is copied verbatim from the transcript (when the transcript is beside the
  /// repository, as it is in this project's workspace).
  @Test func quotesAreVerbatim() throws {
    let transcript = Self.root.deletingLastPathComponent()
      .appendingPathComponent("shared/seeds/000_6c190988907fe5da.txt")
    guard let text = try? String(contentsOf: transcript, encoding: .utf8) else { return }
    for forecast in try Self.load().forecasts {
      #expect(text.contains(forecast.quote), "\(forecast.id): quote not found in the transcript")
    }
  }
}
