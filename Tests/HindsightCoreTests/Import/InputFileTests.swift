import Foundation
import Testing

@testable import HindsightCore

/// Input files are opened only when they are regular files within their limit, without
/// blocking on a pipe or reading a device forever.
@Suite struct InputFileTests {
  static func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("hindsight-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func problem(_ path: String, limit: Int = 100) -> InputFileError.Problem? {
    do {
      _ = try InputFile(path: path, limit: limit)
      return nil
    } catch {
      return error.problem
    }
  }

  @Test func notRegularFilesAreNamedByKind() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // Opening a pipe that has no writer would block; it is refused at once.
    #expect(Self.problem(fifo) == .notRegular("a named pipe"))
    #expect(Self.problem(dir.path) == .notRegular("a directory"))
    #expect(Self.problem("/dev/zero") == .notRegular("a character device"))
    #expect(Self.problem(dir.appendingPathComponent("absent").path) == .missing)
  }

  @Test func aFileIsReadUpToItsLimit() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("ten.txt").path
    try "0123456789".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(Self.problem(path, limit: 9) == .tooLarge(size: 10, limit: 9))
    let file = try InputFile(path: path, limit: 10)
    #expect(try file.readAll() == Array("0123456789".utf8))
  }

  @Test func aFileThatGrowsPastItsLimitWhileReadIsRefused() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("growing.txt").path
    try "0123456789".write(toFile: path, atomically: false, encoding: .utf8)
    let file = try InputFile(path: path, limit: 10)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data("more".utf8))
    try handle.close()
    #expect(throws: InputFileError(path: path, problem: .tooLarge(size: 11, limit: 10))) {
      try file.readAll()
    }
  }

  @Test func sizesAreWrittenWithTheirUnit() {
    #expect(InputFile.bytes(4 << 20) == "4,194,304 bytes (4 MiB)")
    #expect(InputFile.bytes(1 << 30) == "1,073,741,824 bytes (1 GiB)")
    #expect(InputFile.bytes(65_537) == "65,537 bytes")
    #expect(InputFile.bytes(7) == "7 bytes")
  }
}
