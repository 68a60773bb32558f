import Foundation
import Testing

/// `scripts/scorecard_oracle.py` recomputes every figure of `scorecard --format json`, plain
/// and `--by tag`, with numpy on a random FICTIONAL ledger of catalog forecasts and imported
/// updates (shared propositions, updates on the same day and after the resolution, forecasts
/// of 0 and 1, tags), and must find no difference above 1e-9. A small ledger, two seeds.
@Suite struct ScorecardOracleTests {
  @Test(arguments: [20_260_101, 7])
  func theOracleFindsNoDifference(seed: Int) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3",
      HindsightBinary.packageRoot.appendingPathComponent("scripts/scorecard_oracle.py")
        .path, "--binary", HindsightBinary.executable.path, "--seed", "\(seed)", "--questions",
      "25",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.hasPrefix("no differences: "), "\(text)")
  }
}
