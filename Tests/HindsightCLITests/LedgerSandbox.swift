import Foundation
import Testing

/// A temporary directory holding a catalog (`predictions.yaml`) and a ledger
/// (`hindsight.sqlite`) for end-to-end tests of the built binary.
///
/// Every command is run with `--catalog` and `--ledger` pointing into the directory and with a
/// fixed author, so tests never touch the working directory or depend on the login name.
struct LedgerSandbox {
  /// The directory; removed by `remove()`.
  let directory: URL

  /// The catalog file inside the directory.
  var catalog: URL { directory.appendingPathComponent("predictions.yaml") }

  /// The ledger file inside the directory.
  var ledger: URL { directory.appendingPathComponent("hindsight.sqlite") }

  /// The ledger's journal inside the directory (its default path beside the ledger).
  var journal: URL { directory.appendingPathComponent("hindsight.jsonl") }

  /// The author every write is recorded as.
  static let author = "fictional-editor"

  /// A sandbox whose catalog is a copy of `fixture`.
  init(copying fixture: URL) throws {
    directory = try HindsightBinary.temporaryDirectory()
    try FileManager.default.copyItem(at: fixture, to: catalog)
  }

  /// A sandbox with the small fictional catalog `Fixtures/ledger-catalog.yaml`.
  static func fictional() throws -> LedgerSandbox {
    try LedgerSandbox(
      copying: HindsightBinary.fixture("HindsightCLITests/Fixtures/ledger-catalog.yaml"))
  }

  /// A sandbox with a copy of the shipped catalog, `predictions.yaml` at the package root.
  static func shipped() throws -> LedgerSandbox {
    try LedgerSandbox(
      copying: HindsightBinary.packageRoot.appendingPathComponent("predictions.yaml"))
  }

  /// Deletes the directory and everything in it.
  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }

  /// Runs `hindsight ARGUMENTS --catalog … --ledger …`.
  ///
  /// Standard output is a pipe and `COLUMNS` is unset unless `environment` sets it, so tables
  /// come out as any pipe gets them: every cell whole (docs/terminal.md).
  func run(_ arguments: [String], environment: [String: String?] = [:]) throws
    -> HindsightBinary.Output
  {
    try HindsightBinary.run(
      arguments + ["--catalog", catalog.path, "--ledger", ledger.path],
      environment: ["USER": Self.author, "COLUMNS": nil].merging(environment) { $1 },
      directory: directory)
  }

  /// Runs a command that must succeed and returns its standard output.
  func succeed(
    _ arguments: [String], environment: [String: String?] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let output = try run(arguments, environment: environment)
    #expect(output.exitCode == 0, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
    #expect(output.stderr == "", sourceLocation: sourceLocation)
    return output.stdout
  }

  /// `hindsight verify --ledger …` (verify reads no catalog).
  func verify() throws -> HindsightBinary.Output {
    try HindsightBinary.run(["verify", "--ledger", ledger.path], directory: directory)
  }

  /// `hindsight export`: the whole ledger as JSON Lines.
  func export(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try succeed(["export"], sourceLocation: sourceLocation)
  }

  /// The exported entries, each parsed into a dictionary.
  func entries(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    try Self.parse(jsonLines: export(sourceLocation: sourceLocation))
  }

  /// Parses JSON Lines into objects; throws on a line that is not a JSON object.
  static func parse(jsonLines text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { line in
      guard
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else { throw SandboxError.notAnObject(String(line)) }
      return object
    }
  }

  /// Runs the independent checker `scripts/verify_ledger.py` on the ledger.
  func pythonVerify() throws -> HindsightBinary.Output {
    try Shell.run(
      "/usr/bin/env",
      [
        "python3",
        HindsightBinary.packageRoot.appendingPathComponent("scripts/verify_ledger.py").path,
        ledger.path,
      ])
  }

  /// Replaces `old` by `new` in the catalog file (exactly once).
  func editCatalog(replacing old: String, with new: String) throws {
    let text = try String(contentsOf: catalog, encoding: .utf8)
    let parts = text.components(separatedBy: old)
    guard parts.count == 2 else { throw SandboxError.notFoundOnce(old) }
    try parts.joined(separator: new).write(to: catalog, atomically: true, encoding: .utf8)
  }

  /// Something a sandbox helper could not do.
  enum SandboxError: Error, CustomStringConvertible {
    case notAnObject(String)
    case notFoundOnce(String)

    var description: String {
      switch self {
      case .notAnObject(let line): "export line is not a JSON object: \(line)"
      case .notFoundOnce(let text): "the catalog does not contain '\(text)' exactly once"
      }
    }
  }
}

/// Runs other programs (sh, python3, sqlite3) for the end-to-end tests.
enum Shell {
  /// Runs `executable ARGUMENTS` and waits; the output is captured like `HindsightBinary.run`.
  static func run(_ executable: String, _ arguments: [String], directory: URL? = nil) throws
    -> HindsightBinary.Output
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errorData = ErrorReader(error)
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return HindsightBinary.Output(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errorData.wait(), as: UTF8.self),
      exitCode: process.terminationStatus)
  }

  /// The path of `name` on the PATH, or nil when it is not installed.
  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Reads a pipe to its end on another thread.
  private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
      DispatchQueue.global().async {
        self.data = pipe.fileHandleForReading.readDataToEndOfFile()
        self.done.signal()
      }
    }

    func wait() -> Data {
      done.wait()
      return data
    }
  }
}
