public import Foundation

/// The licence installed on a DataMasque instance.
///
/// ```swift
/// let licence = try await client.license.info()
/// if licence.isExpired { print("Licence \(licence.name) has expired") }
/// ```
///
/// Which optional details appear depends on the kind of licence and the server release.
public struct LicenseInfo: Sendable, Hashable, Codable {
    /// The licence's unique id.
    public var uuid: String
    /// The licence's display name.
    public var name: String
    /// The kind of licence, such as `enterprise`, as the server names it.
    public var type: String
    /// Whether the licence has expired.
    public var isExpired: Bool
    /// Whether a new licence file may be uploaded.
    public var uploadable: Bool
    /// The licence format version.
    public var version: String?
    /// The kind of licence before the server's translation.
    public var rawType: String?
    /// When the licence expires.
    public var expiryDate: Date?
    /// How many terabytes of data the licence covers.
    public var quotaTB: Double?
    /// How many masking nodes the licence allows.
    public var maximumNodeCount: Int?
    /// How many rows the licence allows to be masked.
    public var rowLimit: Int?
    /// The platform the licence was issued for, by name.
    public var platformName: String?
    /// The platform the licence was issued for, by code.
    public var platformCode: String?
    /// Days left before the licence expires.
    public var daysUntilExpiry: Int?
    /// Whether the licence comes from a contract product, such as a marketplace contract.
    public var isContractProduct: Bool?
    /// The contract's licence type, for a contract product.
    public var contractLicenseType: String?
    /// Details of a switchable or marketplace licence.
    public var switchableLicenseMetadata: SwitchableLicenseMetadata?

    /// Creates licence details, for example as a test double.
    public init(uuid: String, name: String, type: String, isExpired: Bool, uploadable: Bool) {
        self.uuid = uuid
        self.name = name
        self.type = type
        self.isExpired = isExpired
        self.uploadable = uploadable
    }

    enum CodingKeys: String, CodingKey {
        case uuid, name, type, uploadable, version
        case isExpired = "is_expired"
        case rawType = "raw_type"
        case expiryDate = "expiry_date"
        case quotaTB = "quota_tb"
        case maximumNodeCount = "maximum_node_count"
        case rowLimit = "row_limit"
        case platformName = "platform_name"
        case platformCode = "platform_code"
        case daysUntilExpiry = "days_until_expiry"
        case isContractProduct = "is_contract_product"
        case contractLicenseType = "contract_license_type"
        case switchableLicenseMetadata = "switchable_license_metadata"
    }
}
