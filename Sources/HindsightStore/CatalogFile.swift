import Crypto
import Foundation
import HindsightCore

/// A catalog file's bytes, read once, and their SHA-256: what a command parses, or what it
/// need not parse when the ledger last synced these very bytes
/// (`Ledger.syncedCatalog(fileSHA256:)`).
public struct CatalogFile: Sendable {
  /// Where the file is.
  public let path: String
  /// Its bytes.
  public let bytes: [UInt8]
  /// The SHA-256 of its bytes, in lowercase hex.
  public let sha256: String

  /// Reads the file at `path`, or gives the problem that keeps it from being read
  /// (`CatalogLoader.read(path:)`).
  public static func read(path: String) -> Result<CatalogFile, CatalogProblem> {
    CatalogLoader.read(path: path).map { bytes in
      CatalogFile(path: path, bytes: bytes, sha256: HexDigest.hex(SHA256.hash(data: bytes)))
    }
  }

  /// The catalog in it, parsed and validated (`CatalogLoader.load(bytes:file:)`).
  public func load() -> CatalogLoadResult {
    CatalogLoader.load(bytes: bytes, file: path)
  }
}
