import Foundation

/// The `User-Agent` the client sends: `datamasque-swift/<version> (Swift/<x.y>; <OS>/<release>)`.
enum UserAgent {
    static let value: String = {
        "datamasque-swift/\(DataMasqueClient.version) (Swift/\(swiftVersion); \(operatingSystem.name)/\(operatingSystem.release))"
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
