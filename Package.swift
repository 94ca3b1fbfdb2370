// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Dateline",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dateline", targets: ["dateline"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .executableTarget(
      name: "embed-resources",
      path: "Sources/embed-resources"
    ),
    .plugin(
      name: "EmbedResources",
      capability: .buildTool(),
      dependencies: ["embed-resources"]
    ),
    .target(
      name: "DatelineCore",
      plugins: ["EmbedResources"]
    ),
    .target(
      name: "DatelineUI",
      dependencies: ["DatelineCore"]
    ),
    // No pkgConfig: ncursesw's .pc file carries -D flags that SwiftPM refuses with a warning on
    // every build; the header is in the standard path and the module map links the library.
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(
      name: "DatelineTerminal",
      dependencies: ["DatelineUI", "CNcursesw"]
    ),
    .target(
      name: "DatelineNetwork"
    ),
    .executableTarget(
      name: "dateline",
      dependencies: [
        "DatelineCore",
        "DatelineUI",
        "DatelineTerminal",
        "DatelineNetwork",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["Linking"]
    ),
    .executableTarget(
      name: "dateline-bench",
      dependencies: [
        "DatelineCore",
        "DatelineUI",
        "DatelineTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "dateline-train",
      dependencies: [
        "DatelineCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "dateline-fuzz",
      dependencies: ["DatelineCore", "DatelineTestSupport"]
    ),
    .target(
      name: "DatelineTestSupport",
      dependencies: ["DatelineCore"],
      path: "Tests/DatelineTestSupport"
    ),
    .testTarget(
      name: "DatelineCoreTests",
      dependencies: ["DatelineCore", "DatelineTestSupport"]
    ),
    .testTarget(
      name: "DatelineNetworkTests",
      dependencies: ["DatelineNetwork"]
    ),
    .testTarget(
      name: "DatelineUITests",
      dependencies: ["DatelineUI", "DatelineCore", "DatelineTestSupport"]
    ),
  ]
)

// Release builds carry the Swift runtime and Foundation in the binary: it runs where no Swift is
// installed, and a run maps and touches 7 MB less of them (peak memory 39 → 32 MB on a one-line
// article). Every module is compiled for it (imports link the static libraries), and every
// program linked with it. Static Foundation asks for `-lcurl`: Sources/dateline/Linking/libcurl.so
// points the linker at the system's libcurl.so.4, which FoundationNetworking loads in either
// build, so no development package is needed.
let staticRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
for target in package.targets where [.regular, .executable].contains(target.type) {
  target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticRelease)]
  if target.type == .executable {
    target.linkerSettings = (target.linkerSettings ?? []) + [
      .unsafeFlags(["-static-stdlib", "-L", Context.packageDirectory + "/Sources/dateline/Linking"], staticRelease)
    ]
  }
}
