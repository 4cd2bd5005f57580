// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "followup",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "followup", targets: ["followup"]),
        .library(name: "FollowUpCore", targets: ["FollowUpCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "FollowUpCore"),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .executableTarget(
            name: "followup",
            dependencies: [
                "FollowUpCore",
                "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FollowUpCoreTests",
            dependencies: ["FollowUpCore"]
        ),
        .testTarget(name: "FollowUpTerminalTests", exclude: ["interactive_session.py"]),
    ]
)
