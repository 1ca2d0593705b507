// swift-tools-version:6.2
// cairn — a terminal wallet for learner-owned micro-credentials.
//
// Target direction (arrows = may import); Scripts/check-imports.sh enforces the allow-list:
//   WalletCLI ─► WalletTUI ─► WalletCore ─► WalletVerify / WalletStore / WalletBundle / WalletStacking
//   WalletVerify ─► WalletLinkedData, WalletFormats, WalletCrypto, WalletJSON, WalletModel
//   TermNCurses ─► TermUI, CNCurses (the only curses importer)
import PackageDescription

let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")
let cryptoExtras: Target.Dependency = .product(name: "_CryptoExtras", package: "swift-crypto")

let package = Package(
    name: "cairn",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cairn", targets: ["WalletCLI"]),
        .executable(name: "cairn-bench", targets: ["Benchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // MARK: - Pure core (no I/O)
        .target(name: "WalletModel"),
        .target(name: "WalletJSON"),
        .target(name: "WalletFormats", dependencies: ["WalletModel", "WalletJSON"]),
        .target(name: "WalletCrypto", dependencies: [crypto, cryptoExtras]),
        .target(
            name: "WalletLinkedData",
            dependencies: ["WalletJSON", crypto],
            resources: [.copy("Resources/contexts")]
        ),
        .target(
            name: "WalletVerify",
            dependencies: [
                "WalletModel", "WalletJSON", "WalletFormats", "WalletCrypto", "WalletLinkedData",
                crypto, cryptoExtras,
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .target(
            name: "WalletStacking",
            dependencies: ["WalletModel", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Resources/pathways")],
            // The solver's state lives in classes it touches millions of times per `stack`; the
            // runtime exclusivity check on each access was ~10 % of a release `stack`. Debug builds
            // (and so every test run) keep the check. See DECISIONS.md "Stacking performance".
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // MARK: - Around the core
        .target(
            name: "WalletStore",
            dependencies: ["WalletModel", "WalletCrypto", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "WalletBundle",
            dependencies: [
                "WalletModel", "WalletJSON", "WalletFormats", "WalletCrypto", "WalletVerify", crypto,
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "WalletCore",
            dependencies: [
                "WalletModel", "WalletJSON", "WalletFormats", "WalletCrypto", "WalletVerify",
                "WalletStacking", "WalletStore", "WalletBundle",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/demo")]
        ),
        // MARK: - Terminal UI
        .target(name: "TermUI"),
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "TermNCurses", dependencies: ["TermUI", "CNCurses"]),
        .target(
            name: "WalletTUI",
            dependencies: ["WalletCore", "WalletModel", "TermUI", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // MARK: - Executables
        .executableTarget(
            name: "WalletCLI",
            dependencies: [
                "WalletCore", "WalletModel", "WalletStacking", "WalletTUI", "TermUI", "TermNCurses",
                "WalletBundle", "WalletCrypto", "WalletJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "Benchmarks",
            dependencies: [
                "WalletModel", "WalletJSON", "WalletFormats", "WalletCrypto", "WalletLinkedData",
                "WalletVerify", "WalletStacking", "WalletStore", "WalletBundle", "WalletCore",
                "WalletTUI", "TermUI", crypto,
            ],
            path: "Benchmarks"
        ),
        // MARK: - Test support and tests
        .target(
            name: "WalletTestSupport",
            dependencies: ["WalletModel", "WalletCore", "TermUI", "WalletTUI"]
        ),
        .testTarget(name: "WalletModelTests", dependencies: ["WalletModel"]),
        .testTarget(name: "WalletJSONTests", dependencies: ["WalletJSON"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WalletCryptoTests", dependencies: ["WalletCrypto"]),
        .testTarget(
            name: "WalletLinkedDataTests",
            dependencies: ["WalletLinkedData", "WalletJSON", crypto],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WalletVerifyTests",
            dependencies: ["WalletVerify", "WalletFormats", "WalletModel", "WalletJSON", "WalletCrypto", crypto],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "WalletStackingTests", dependencies: ["WalletStacking", "WalletModel"]),
        .testTarget(
            name: "WalletStoreTests",
            dependencies: ["WalletStore", "WalletModel", "WalletCrypto", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WalletBundleTests",
            dependencies: [
                "WalletBundle", "WalletModel", "WalletJSON", "WalletCrypto", "WalletVerify", crypto,
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WalletCoreTests",
            dependencies: ["WalletCore", "WalletModel", "WalletBundle", "WalletTestSupport"]
        ),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"]),
        .testTarget(name: "TermNCursesTests", dependencies: ["TermNCurses", "TermUI", "CNCurses"]),
        .testTarget(
            name: "WalletTUITests",
            dependencies: ["WalletTUI", "WalletCore", "WalletModel", "TermUI", "WalletTestSupport"],
            exclude: ["__Screens__"]
        ),
        .testTarget(name: "WalletCLITests", dependencies: ["WalletModel", "WalletTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
