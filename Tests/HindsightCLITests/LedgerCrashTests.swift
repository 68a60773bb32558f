import Foundation
import Testing

/// SPEC §4: a process killed at any instant leaves the ledger valid, every entry wholly there
/// or absent.
@Suite struct LedgerCrashTests {
  /// 30 rounds: writers run back to back (`hindsight evidence add`, one entry each) until a
  /// SIGKILL lands on the one running after a random 0–300 ms (fixed seed). The first round
  /// starts on an empty ledger, so a kill can also land in the migrations or the catalog sync.
  @Test func killedWritersLeaveAValidLedger() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    var random = SeededRandom(seed: 20_261_129)
    var started = 0
    var killed = 0
    var previousCount = 0
    for round in 1...30 {
      let delay = Double(random.next() % 301) / 1000
      let deadline = Date().addingTimeInterval(delay)
      var process: Process?
      while Date() < deadline {
        if process?.isRunning != true {
          process?.waitUntilExit()
          process = try startWriter(sandbox, round: round, number: started)
          started += 1
        }
        usleep(1000)
      }
      if let process, process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        killed += 1
      }
      process?.waitUntilExit()
      // A kill before the first writer created the file leaves nothing to check.
      guard FileManager.default.fileExists(atPath: sandbox.ledger.path) else { continue }

      let verify = try sandbox.verify()
      #expect(verify.exitCode == 0, "round \(round): \(verify.stderr)")
      #expect(verify.stderr == "")
      let python = try sandbox.pythonVerify()
      #expect(python.exitCode == 0, "round \(round): \(python.stdout)")
      let entries = try sandbox.entries()
      // Seqs run 1…n, the count never goes down, and every evidence entry is whole.
      #expect(entries.map { $0["seq"] as? Int } == Array(0..<entries.count).map { $0 + 1 })
      #expect(entries.count >= previousCount)
      previousCount = entries.count
      for entry in entries where entry["kind"] as? String == "evidence" {
        let payload = try #require(entry["payload"] as? [String: Any])
        #expect(payload["question"] as? String == "demo-event")
        #expect(payload["observation"] as? String == "not_occurred")
        #expect((payload["summary"] as? String)?.hasPrefix("Fictional: crash round ") == true)
        #expect((entry["hash"] as? String)?.count == 64)
      }
    }
    // The test exercised something: most rounds killed a writer mid-run, and entries landed.
    #expect(killed >= 20)
    #expect(previousCount > 9)
  }

  private func startWriter(_ sandbox: LedgerSandbox, round: Int, number: Int) throws -> Process {
    let process = Process()
    process.executableURL = HindsightBinary.executable
    process.arguments = [
      "evidence", "add", "demo-event", "--not-occurred", "--observed", "2024-06-01",
      "--source", "https://example.org/fictional/crash",
      "--summary", "Fictional: crash round \(round) writer \(number)",
      "--author", LedgerSandbox.author,
      "--catalog", sandbox.catalog.path, "--ledger", sandbox.ledger.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}

/// A fixed-seed pseudo-random sequence (SplitMix64), so every run kills at the same offsets.
struct SeededRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
