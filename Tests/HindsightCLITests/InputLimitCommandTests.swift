import Foundation
import Testing

/// End-to-end tests of the input limits (docs/catalog-validation.md and docs/import.md,
/// "Limits"): inputs that are not regular files, too large, or hold numbers the ledger cannot
/// store are refused by name, with exit code 1, quickly, and nothing is written.
@Suite struct InputLimitCommandTests {
  /// Long enough for any of these commands, short enough that a hang fails the test.
  static let timeout: TimeInterval = 60

  /// A directory holding a named pipe (`fifo`), a directory (`folder`), and the path of
  /// `/dev/zero`: the three inputs that are not regular files.
  struct Specials {
    let directory: URL
    var fifo: String { directory.appendingPathComponent("fifo").path }
    var folder: String { directory.appendingPathComponent("folder").path }
    var all: [(path: String, kind: String)] {
      [("/dev/zero", "a character device"), (fifo, "a named pipe"), (folder, "a directory")]
    }

    init() throws {
      directory = try HindsightBinary.temporaryDirectory()
      #expect(mkfifo(directory.appendingPathComponent("fifo").path, 0o600) == 0)
      try FileManager.default.createDirectory(
        atPath: directory.appendingPathComponent("folder").path, withIntermediateDirectories: false)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
  }

  @Test func checkRefusesWhatIsNotARegularFile() throws {
    let specials = try Specials()
    defer { specials.remove() }
    for (path, kind) in specials.all {
      let output = try HindsightBinary.run(["check", path], timeout: Self.timeout)
      #expect(output.exitCode == 1, "\(path)")
      #expect(output.stdout == "")
      #expect(
        output.stderr
          == "\(path): the catalog '\(path)' is \(kind), not a regular file (hint: give the path of a YAML file with --catalog or HINDSIGHT_CATALOG)\n1 problem in \(path)\n"
      )
    }
  }

  @Test func catalogOptionThatIsNotARegularFileWritesNothing() throws {
    let specials = try Specials()
    defer { specials.remove() }
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let before = try sandbox.export()
    for (path, kind) in specials.all {
      let output = try HindsightBinary.run(
        ["ls", "--catalog", path, "--ledger", sandbox.ledger.path], timeout: Self.timeout)
      #expect(output.exitCode == 1, "\(path)")
      #expect(output.stdout == "")
      #expect(
        output.stderr
          == "Error: \(path): the catalog '\(path)' is \(kind), not a regular file (hint: give the path of a YAML file with --catalog or HINDSIGHT_CATALOG)\n\(path) has 1 problem, so nothing was read from it or written to the ledger; fix it and run `hindsight check` to confirm.\n"
      )
    }
    #expect(try sandbox.export() == before)
  }

  @Test func importRefusesWhatIsNotARegularFileBeforeTheLedgerExists() throws {
    let specials = try Specials()
    defer { specials.remove() }
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    for (path, kind) in specials.all {
      let output = try HindsightBinary.run(
        ["import", path, "--catalog", sandbox.catalog.path, "--ledger", sandbox.ledger.path],
        timeout: Self.timeout)
      #expect(output.exitCode == 1, "\(path)")
      #expect(output.stdout == "")
      #expect(
        output.stderr
          == "Error: FILE '\(path)' is not valid: it is \(kind), not a regular file; give the path of a CSV file.\n"
      )
      // Refused before the catalog sync: not even the ledger file was made.
      #expect(!FileManager.default.fileExists(atPath: sandbox.ledger.path))
    }
  }

  @Test func importOfAFieldLongerThan64KiBNamesTheRow() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let before = try sandbox.export()
    let csv = sandbox.directory.appendingPathComponent("long.csv")
    let header =
      "speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags\n"
    // FICTIONAL: one row whose claim runs for 100,000 bytes.
    let row =
      "zed,Zed Fictional,fq,Fictional question,zed-fq,\(String(repeating: "z", count: 100_000)),2024-01-01,0.5,,,,,\n"
    try (header + row).write(to: csv, atomically: true, encoding: .utf8)
    let output = try sandbox.run(["import", csv.path])
    #expect(output.exitCode == 1)
    #expect(
      output.stderr
        == "Error: \(csv.path):2: field 6 is longer than 65,536 bytes (64 KiB), the most a field may hold; check for a quote that is not closed\nlong.csv has 1 bad row, so nothing was imported; fix them and import the file again.\n"
    )
    #expect(try sandbox.export() == before)
  }

  @Test func aHeaderWithALineBreakIsQuotedOnOneLine() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    let csv = sandbox.directory.appendingPathComponent("header.csv")
    // FICTIONAL: a header whose quoted first field holds a line break and an escape.
    try "\"speaker\nfake.csv:9: injected\u{1B}[2J\",b\nx,y\n".write(
      to: csv, atomically: true, encoding: .utf8)
    let output = try sandbox.run(["import", csv.path])
    #expect(output.exitCode == 1)
    #expect(
      output.stderr
        == "Error: \(csv.path):1: the header must be speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags; found speaker\\nfake.csv:9: injected\\u{1B}[2J,b\nheader.csv has 1 bad row, so nothing was imported; fix them and import the file again.\n"
    )
  }

  /// The catalog of the issue: 50 MB holding one flow list of 25 million items, which used to
  /// take 3.5 GB of memory before `check` aborted.
  @Test func aFiftyMegabyteCatalogIsRefusedUnread() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("huge.yaml").path
    var bytes = [UInt8]()
    bytes.reserveCapacity(50_000_004)
    bytes.append(UInt8(ascii: "["))
    for _ in 0..<25_000_000 { bytes += [UInt8(ascii: "1"), UInt8(ascii: ",")] }
    bytes += Array("1]\n".utf8)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    let output = try HindsightBinary.run(["check", path], timeout: Self.timeout)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr
        == "\(path): the catalog '\(path)' is 50,000,004 bytes, more than the 2,097,152 bytes (2 MiB) a catalog may hold (hint: split the file, or check that it is the catalog)\n1 problem in \(path)\n"
    )
  }

  /// A tolerance the ledger cannot write as an integer used to pass `check`, be synced, and
  /// leave a ledger whose entries no command could read back.
  @Test(arguments: ["1000000000000000", "9223372036854775807"])
  func toleranceThatTheLedgerCannotHoldIsRefusedBeforeTheSync(_ days: String) throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let before = try sandbox.export()
    let valid = try String(contentsOf: sandbox.catalog, encoding: .utf8)
    try sandbox.editCatalog(replacing: "tolerance_days: 10", with: "tolerance_days: \(days)")
    let problem =
      "\(sandbox.catalog.path):89:23: tolerance_days \(days) is too large: whole numbers in a catalog must lie between -10^15 and 10^15"
    let check = try sandbox.run(["check"])
    #expect(check.exitCode == 1)
    #expect(check.stderr == "\(problem)\n1 problem in \(sandbox.catalog.path)\n")
    let listing = try sandbox.run(["ls"])
    #expect(listing.exitCode == 1)
    #expect(
      listing.stderr
        == "Error: \(problem)\n\(sandbox.catalog.path) has 1 problem, so nothing was read from it or written to the ledger; fix it and run `hindsight check` to confirm.\n"
    )
    #expect(try sandbox.verify().exitCode == 0)
    // With the catalog as it was, the ledger reads as before: nothing was written.
    try valid.write(to: sandbox.catalog, atomically: true, encoding: .utf8)
    #expect(try sandbox.export() == before)
  }
}
