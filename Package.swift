// swift-tools-version:6.0
import PackageDescription

// Generic types named by mangled name are instantiated at run time through a lookup that scans
// every protocol conformance of the binary (6,600 with Foundation), 400 K instructions for each
// new type: a sixth of a start (docs/performance.md). Direct metadata accessors instead.
let startup: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "optout",
    products: [
        .executable(name: "optout", targets: ["optout"]),
        .executable(name: "optout-bench", targets: ["OptOutBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SHA-256 of the history chain (`HistoryChain`): a maintained implementation, not ours.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The only C: ncursesw, with the wide-character API switched on in the shim.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "ChecklistEngine",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: startup
        ),
        .target(
            name: "OptOutCatalog",
            dependencies: ["ChecklistEngine"],
            resources: [.copy("Platforms"), .copy("Authorities")],
            swiftSettings: startup
        ),
        // Top-level Themes/: theme files shipped as resources of a small target.
        .target(
            name: "OptOutThemes",
            dependencies: ["ChecklistEngine"],
            path: "Themes",
            exclude: ["README.md"],
            sources: ["ThemeFiles.swift"],
            resources: [.copy("themes")],
            swiftSettings: startup
        ),
        .target(
            name: "ChecklistUI",
            dependencies: ["ChecklistEngine"],
            swiftSettings: startup
        ),
        // The run loop, against a `TerminalDevice`: the program gives it curses, tests a script.
        .target(
            name: "ChecklistApp",
            dependencies: ["ChecklistUI", "ChecklistEngine"],
            swiftSettings: startup
        ),
        .target(
            name: "CursesTerminal",
            dependencies: ["ChecklistUI", "CNcursesw"],
            swiftSettings: startup
        ),
        .executableTarget(
            name: "optout",
            dependencies: [
                "ChecklistEngine", "OptOutCatalog", "OptOutThemes", "ChecklistUI", "ChecklistApp", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),  // the manual's words files
            ],
            swiftSettings: startup
        ),
        // Fuzz target for the catalog, theme and progress loaders (README, "Fuzzing"):
        // `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` makes it a libFuzzer binary; a
        // normal build replays input files through the loaders.
        .executableTarget(
            name: "OptOutFuzz",
            dependencies: ["ChecklistEngine", "ChecklistUI"]
        ),
        // The in-process timings and the progress file of `scripts/bench`.
        .executableTarget(
            name: "OptOutBench",
            dependencies: ["ChecklistEngine", "OptOutCatalog", "ChecklistUI"]
        ),
        .testTarget(name: "ChecklistEngineTests", dependencies: ["ChecklistEngine", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "ReportTests", dependencies: ["ChecklistEngine"], resources: [.copy("Golden")]),
        .testTarget(name: "OptOutCatalogTests", dependencies: ["OptOutCatalog", "ChecklistEngine"]),
        .testTarget(name: "ChecklistUITests", dependencies: ["ChecklistUI", "ChecklistApp", "ChecklistEngine", "OptOutCatalog", "OptOutThemes"]),
        .testTarget(name: "ChecklistAppTests", dependencies: ["ChecklistApp", "ChecklistUI", "ChecklistEngine"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "ChecklistUI", "CNcursesw"]),
        .testTarget(name: "EndToEndTests", dependencies: ["optout", "OptOutBench"]),
    ],
    swiftLanguageModes: [.v6]
)
