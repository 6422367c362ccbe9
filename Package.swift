// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "mingle",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "mingle", targets: ["mingle"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // MARK: - Domain and shared state (no terminal code)
    .target(
      name: "EventState",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),

    // MARK: - Pure rendering into a cell buffer (no ncurses)
    .target(
      name: "KioskUI",
      dependencies: [
        "EventState",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),

    // MARK: - The ncurses edge
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "CursesTerminal", dependencies: ["CNcursesw", "KioskUI"]),

    // MARK: - Contact QR codes (libqrencode)
    .systemLibrary(
      name: "CQRencode",
      pkgConfig: "libqrencode",
      providers: [.apt(["libqrencode-dev"])]
    ),
    .target(name: "ContactCode", dependencies: ["CQRencode", "KioskUI"]),

    // MARK: - The command-line program
    .executableTarget(
      name: "mingle",
      dependencies: [
        "EventState", "KioskUI", "CursesTerminal", "ContactCode",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Timing a store change to another process's screen (the propagation suite and benchmark)
    .target(name: "PropagationProbe", dependencies: ["EventState"]),

    // MARK: - Benchmarks: `swift run -c release mingle-bench` (builds mingle too)
    .executableTarget(
      name: "mingle-bench",
      dependencies: [
        "mingle", "EventState", "KioskUI", "ContactCode", "PropagationProbe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/MingleBenchmarks"
    ),

    // MARK: - The crash suite's worker (Tests/EndToEndTests/CrashEndToEndTests.swift kills it at random)
    .executableTarget(name: "mingle-crash-worker", dependencies: ["EventState"], path: "Sources/MingleCrashWorker"),

    // MARK: - Tests
    .target(name: "TestSupport", path: "Tests/TestSupport", resources: [.copy("hostile-strings.txt")]),
    .testTarget(
      name: "EventStateTests",
      dependencies: ["EventState", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "KioskUITests", dependencies: ["KioskUI", "EventState", "TestSupport"]),
    .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "EventState"]),
    .testTarget(name: "ContactCodeTests", dependencies: ["ContactCode", "KioskUI", "EventState"]),
    .testTarget(name: "EndToEndTests", dependencies: ["EventState", "KioskUI", "PropagationProbe"]),
    .testTarget(name: "MingleBenchTests", dependencies: ["mingle-bench", "EventState", "PropagationProbe"]),
  ]
)
