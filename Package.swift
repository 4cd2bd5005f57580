// swift-tools-version:6.0
import PackageDescription

/// Release builds of the executable compile against, and link, the static Swift runtime and
/// Foundation: no dynamic loading and relocation of a dozen libraries at every start (see the
/// README's Performance section).
let staticRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
/// ... as a fixed-address executable: its 85,000 pointers into itself are set when linking
/// instead of at every start, and the pages holding them stay shared with the file.
let fixedAddress = ["-Xclang-linker", "-no-pie"]

let package = Package(
    name: "followup",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "followup", targets: ["followup"]),
        .library(name: "FollowUpCore", targets: ["FollowUpCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "FollowUpCore"),
        .target(
            name: "FollowUpStore",
            dependencies: ["FollowUpCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "FollowUpSession",
            dependencies: ["FollowUpCore", "FollowUpStore"]
        ),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .executableTarget(
            name: "followup",
            dependencies: [
                "FollowUpCore",
                "FollowUpStore",
                "FollowUpSession",
                "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.unsafeFlags(["-static-stdlib"], staticRelease)],
            linkerSettings: [.unsafeFlags(["-static-stdlib"] + fixedAddress, staticRelease)]
        ),
        .executableTarget(
            name: "followup-bench",
            dependencies: ["FollowUpCore", "FollowUpStore", "FollowUpSession"]
        ),
        .testTarget(
            name: "FollowUpCoreTests",
            dependencies: ["FollowUpCore"],
            exclude: ["Corpus"]
        ),
        .testTarget(name: "FollowUpStoreTests", dependencies: ["FollowUpStore", "FollowUpCore"]),
        .testTarget(name: "FollowUpSessionTests", dependencies: ["FollowUpSession", "FollowUpStore", "FollowUpCore"]),
        .testTarget(
            name: "FollowUpTerminalTests",
            exclude: ["interactive_session.py", "check_calendar.py", "compare_holidays.py", "terminal_fit.py"]),
    ]
)
