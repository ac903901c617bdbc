import DataMasque
import Foundation

extension LicenseInfo {
    /// The fields `dm system licence` shows, in order; the expiry date in ISO 8601.
    var summaryFields: [OrderedJSON.Field] {
        [
            .init("uuid", .string(uuid)), .init("name", .string(name)), .init("type", .string(type)),
            .init("is_expired", .bool(isExpired)),
            .init("expiry_date", .optional(expiryDate.map { $0.formatted(.iso8601) })),
            .init("days_until_expiry", daysUntilExpiry.map(OrderedJSON.int) ?? .null),
            .init("platform_name", .optional(platformName)),
        ]
    }
}
