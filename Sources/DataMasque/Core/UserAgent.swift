import Foundation

/// The `User-Agent` the client sends: `datamasque-swift/<version> (Swift/<x.y>; <OS>/<release>)`.
enum UserAgent {
    /// This package's release.
    static let version = "0.1.0"

    static let value: String = {
        "datamasque-swift/\(version) (Swift/\(swiftVersion); \(operatingSystem.name)/\(operatingSystem.release))"
    }()

    private static var swiftVersion: String {
        #if swift(>=6.3)
            "6.3"
        #elseif swift(>=6.2)
            "6.2"
        #elseif swift(>=6.1)
            "6.1"
        #else
            "6.0"
        #endif
    }

    private static var operatingSystem: (name: String, release: String) {
        let version = ProcessInfo.processInfo.operatingSystemVersion
        let release = "\(version.majorVersion).\(version.minorVersion).\(version.patchVersion)"
        #if os(macOS)
            return ("macOS", release)
        #elseif os(iOS)
            return ("iOS", release)
        #elseif os(Linux)
            return ("Linux", release)
        #else
            return ("Unknown", release)
        #endif
    }
}
