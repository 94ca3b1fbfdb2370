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
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(
      name: "DatelineTerminal",
      dependencies: ["DatelineUI", "CNcursesw"]
    ),
    .executableTarget(
      name: "dateline",
      dependencies: [
        "DatelineCore",
        "DatelineUI",
        "DatelineTerminal",
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
      dependencies: ["DatelineCore"]
    ),
    .testTarget(
      name: "DatelineCoreTests",
      dependencies: ["DatelineCore"]
    ),
    .testTarget(
      name: "DatelineUITests",
      dependencies: ["DatelineUI", "DatelineCore"]
    ),
  ]
)
