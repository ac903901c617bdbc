public import Foundation

/// A database discovery report: CSV text, or a zip of numbered CSV parts when the server split a large one.
///
/// ```swift
/// switch try await client.discovery.dbReport(runID: id) {
/// case .csv(let text):
///     print(text)
/// case .splitArchive(let zip):
///     try zip.write(to: URL(fileURLWithPath: "report.zip"))
/// }
/// ```
public enum DiscoveryReport: Sendable, Hashable {
    /// The whole report as CSV text.
    case csv(String)
    /// A zip archive of CSV parts (`Content-Type: application/zip`).
    case splitArchive(Data)

    /// The form a report arrived in, as ``DataMasqueClient/Discovery/downloadDBReport(runID:includeSelectionColumn:to:)`` reports it.
    public enum Format: Sendable, Hashable {
        /// CSV text.
        case csv
        /// A zip archive of CSV parts.
        case splitArchive
    }

    /// The form of this report.
    public var format: Format {
        switch self {
        case .csv: .csv
        case .splitArchive: .splitArchive
        }
    }

    /// The form of a report response, by its content type.
    static func format(of response: DataMasqueResponse) -> Format {
        let type = response.header("Content-Type")?.lowercased() ?? ""
        return type.hasPrefix("application/zip") ? .splitArchive : .csv
    }
}
