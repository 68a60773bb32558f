import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What is at a ledger's path before it is opened: nothing (and whether a ledger can be
/// created there), or a SQLite file (and whether it can be written).
enum LedgerFile: Equatable {
  /// No file yet; `creatable` when its folder exists and is writable.
  case missing(creatable: Bool)
  /// A regular file in SQLite's format (or empty); `writable` when the file and its folder can
  /// be written (SQLite's WAL needs files beside it).
  case existing(writable: Bool)

  /// Inspects `path`, or throws `LedgerError.cannotOpen` naming what is wrong with it.
  static func inspect(_ path: String) throws -> LedgerFile {
    func refuse(_ reason: String) -> LedgerError { .cannotOpen(path: path, reason: reason) }
    guard !path.isEmpty else { throw refuse("the path is empty") }
    let folder = (path as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      switch code {
      case ENOENT:
        var folderInfo = stat()
        guard stat(directory, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
          throw refuse("its folder \(directory) does not exist")
        }
        return .missing(creatable: access(directory, W_OK) == 0)
      case ELOOP: throw refuse("it is a symbolic link that loops")
      case EACCES: throw refuse("a folder on its path cannot be searched (permission denied)")
      default: throw refuse(String(cString: strerror(code)))
      }
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw refuse("it is a folder, not a ledger file")
    case S_IFIFO: throw refuse("it is a pipe (FIFO), not a ledger file")
    default: throw refuse("it is not a regular file")
    }
    guard access(path, R_OK) == 0 else { throw refuse("it cannot be read (permission denied)") }
    if info.st_size > 0 {
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw refuse("it cannot be opened for reading")
      }
      defer { try? handle.close() }
      let header = (try? handle.read(upToCount: 16)) ?? Data()
      guard header == Data("SQLite format 3\0".utf8) else {
        throw refuse("it is not a SQLite database, so not a Hindsight ledger")
      }
    }
    return .existing(writable: access(path, W_OK) == 0 && access(directory, W_OK) == 0)
  }
}
