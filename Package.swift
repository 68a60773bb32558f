// swift-tools-version:6.1
import PackageDescription

/// Where the executable is linked with the Swift runtime and Foundation inside it.
let staticOnLinux = BuildSettingCondition.when(platforms: [.linux], configuration: .release)

let package = Package(
  name: "hindsight",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "hindsight", targets: ["hindsight"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .executableTarget(
      name: "hindsight",
      dependencies: ["HindsightCLI"],
      // A release build on Linux carries the Swift runtime and Foundation inside the binary, as
      // `swift build --static-swift-stdlib` makes it: the dynamic loader then maps and relocates
      // six libraries, not twenty, which takes 5–16 ms off every command
      // (docs/performance.md). The flag goes to the compiler too, which then names the static
      // libraries Foundation stands on for the linker.
      swiftSettings: [.unsafeFlags(["-static-stdlib"], staticOnLinux)],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], staticOnLinux)]
    ),
    .target(
      name: "HindsightCore",
      dependencies: [
        .product(name: "Yams", package: "Yams")
      ]
    ),
    .target(
      name: "HindsightStore",
      dependencies: [
        "HindsightCore",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "HindsightReports",
      dependencies: ["HindsightCore"]
    ),
    .target(
      name: "HindsightWorkspace",
      dependencies: ["HindsightCore", "HindsightStore", "HindsightReports"]
    ),
    .target(
      name: "HindsightCLI",
      dependencies: [
        "HindsightCore",
        "HindsightStore",
        "HindsightReports",
        "HindsightWorkspace",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "HindsightCoreTests",
      dependencies: [
        "HindsightCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "HindsightStoreTests",
      dependencies: [
        "HindsightStore", "HindsightCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "HindsightReportsTests",
      dependencies: [
        "HindsightReports", "HindsightCore",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "HindsightWorkspaceTests",
      dependencies: ["HindsightWorkspace", "HindsightCore", "HindsightStore"]
    ),
    .testTarget(
      name: "HindsightCLITests",
      dependencies: [
        "HindsightCLI", "HindsightCore", "HindsightReports", "HindsightStore",
        "HindsightWorkspace",
      ],
      exclude: ["Fixtures"]
    ),
  ]
)

// The fuzz targets of scripts/fuzz (docs/fuzzing.md), declared only when HINDSIGHT_FUZZ is
// set: they are built with -sanitize=fuzzer, which links libFuzzer's driver, so `swift build`
// and `swift test` never see them.
if Context.environment["HINDSIGHT_FUZZ"] != nil {
  package.targets += [
    .target(name: "CLibFuzzer", path: "Tests/Fuzz/CLibFuzzer"),
    .executableTarget(
      name: "CatalogFuzz",
      dependencies: ["HindsightCore", "CLibFuzzer", .product(name: "Yams", package: "Yams")],
      path: "Tests/Fuzz/CatalogFuzz"),
    .executableTarget(
      name: "CSVFuzz", dependencies: ["HindsightCore", "CLibFuzzer"], path: "Tests/Fuzz/CSVFuzz"),
  ]
}
