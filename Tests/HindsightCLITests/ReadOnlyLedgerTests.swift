import Foundation
import Testing

/// A published ledger is read wherever it lies: in a folder its reader cannot write, every
/// reading command works and a write is refused with a sentence (FICTIONAL catalog). The tests
/// run the binary as an unprivileged user (`setpriv`, when the tests run as root, as CI does),
/// since root writes to any folder.
@Suite struct ReadOnlyLedgerTests {
  /// Runs `hindsight ARGUMENTS` as user `nobody` in `directory`.
  static func runAsNobody(_ arguments: [String], in directory: URL) throws -> HindsightBinary.Output
  {
    guard getuid() == 0, let setpriv = Shell.which("setpriv") else {
      return try HindsightBinary.run(arguments, directory: directory)
    }
    return try Shell.run(
      setpriv,
      ["--reuid=65534", "--regid=65534", "--clear-groups", HindsightBinary.executable.path]
        + arguments, directory: directory)
  }

  /// A sandbox with the fictional ledger (12 entries) whose folder and files only their owner
  /// (root, or the test's user) may write.
  static func readOnlySandbox() throws -> LedgerSandbox {
    let sandbox = try BadInputTests.preparedSandbox()
    try makeReadOnly(sandbox)
    return sandbox
  }

  /// Makes the sandbox's folder and files writable by their owner only.
  static func makeReadOnly(_ sandbox: LedgerSandbox) throws {
    let fm = FileManager.default
    for url in [sandbox.ledger, sandbox.journal, sandbox.catalog] {
      try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
    }
    try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: sandbox.directory.path)
  }

  static func restore(_ sandbox: LedgerSandbox) {
    try? FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: sandbox.directory.path)
    sandbox.remove()
  }

  @Test func readingCommandsWorkAndWritesAreRefused() throws {
    let sandbox = try Self.readOnlySandbox()
    defer { Self.restore(sandbox) }
    let files = ["--catalog", sandbox.catalog.path, "--ledger", sandbox.ledger.path]
    let before = try Data(contentsOf: sandbox.ledger)
    for command in [
      ["ls"], ["show", "demo-event"], ["resolve"], ["scorecard"], ["review", "2024"],
    ] {
      let output = try Self.runAsNobody(command + files, in: sandbox.directory)
      #expect(output.exitCode == 0, "\(command): \(output.stderr)")
      #expect(!output.stdout.isEmpty)
    }
    let verify = try Self.runAsNobody(
      ["verify", "--ledger", sandbox.ledger.path], in: sandbox.directory)
    #expect(verify.exitCode == 0, "\(verify.stderr)")
    #expect(verify.stdout.hasPrefix("ok 12 entries, head "))
    let write = try Self.runAsNobody(
      ["note", "demo-event", "--text", "Fictional."] + files, in: sandbox.directory)
    #expect(write.exitCode == 1)
    #expect(write.stderr.contains("can only be read here (its file or folder is read-only)"))
    #expect(try Data(contentsOf: sandbox.ledger) == before)
    #expect(!FileManager.default.fileExists(atPath: sandbox.ledger.path + "-wal"))
  }

  /// A fresh clone in a read-only place: no ledger file yet, only the journal; it is rebuilt
  /// in memory for reading.
  @Test func aJournalAloneIsReadInAReadOnlyFolder() throws {
    let sandbox = try BadInputTests.preparedSandbox()
    defer { Self.restore(sandbox) }
    let head = try sandbox.export().split(separator: "\n").last.map(String.init) ?? ""
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: sandbox.ledger.path + suffix)
    }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o555], ofItemAtPath: sandbox.directory.path)
    let files = ["--catalog", sandbox.catalog.path, "--ledger", sandbox.ledger.path]
    let listed = try Self.runAsNobody(["ls"] + files, in: sandbox.directory)
    #expect(listed.exitCode == 0, "\(listed.stderr)")
    #expect(listed.stdout.contains("ada-demo-2024"))
    let exported = try Self.runAsNobody(["export"] + files, in: sandbox.directory)
    #expect(exported.stdout.split(separator: "\n").last.map(String.init) == head)
    #expect(!FileManager.default.fileExists(atPath: sandbox.ledger.path))
  }

  /// A read-only ledger beside the rollback journal of an interrupted first import would read
  /// as half an import without it: it is refused with a sentence naming the journal, and
  /// nothing is written (the journal stands in as bytes; only its presence counts here).
  @Test func aReadOnlyLedgerWithAnInterruptedImportIsRefused() throws {
    let sandbox = try BadInputTests.preparedSandbox()
    defer { Self.restore(sandbox) }
    let journal = sandbox.ledger.path + "-journal"
    try Data("fictional journal bytes".utf8).write(to: URL(fileURLWithPath: journal))
    try Self.makeReadOnly(sandbox)
    let before = try Data(contentsOf: sandbox.ledger)
    let files = ["--catalog", sandbox.catalog.path, "--ledger", sandbox.ledger.path]
    let listed = try Self.runAsNobody(["ls"] + files, in: sandbox.directory)
    #expect(listed.exitCode == 1)
    #expect(
      listed.stderr.contains(
        "it is read-only here and an interrupted import left its rollback journal (\(sandbox.ledger.path)-journal) beside it; open it once where it can be written, which undoes the import"
      ), "\(listed.stderr)")
    #expect(try Data(contentsOf: sandbox.ledger) == before)
    #expect(FileManager.default.fileExists(atPath: journal))
  }
}
