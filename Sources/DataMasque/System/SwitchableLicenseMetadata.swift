public import Foundation

/// How a switchable or marketplace licence was obtained, and its last checkout.
///
/// Every member is optional; which appear depends on the licence source.
public struct SwitchableLicenseMetadata: Sendable, Hashable, Codable {
    /// Whether the licence source may be changed.
    public var canSwitchLicenseSource: Bool?
    /// Where the licence comes from, as the server names it.
    public var licenseSource: String?
    /// When the licence source was chosen.
    public var licenseSelectTime: Date?
    /// The AWS account the licence is checked out for.
    public var awsAccountNumber: String?
    /// When the last checkout succeeded.
    public var lastCheckoutSuccessTime: Date?
    /// What kind of checkout last succeeded.
    public var lastCheckoutSuccessType: String?
    /// The last checkout's error message.
    public var lastCheckoutError: String?
    /// The ARN of the licence last checked out.
    public var lastCheckoutLicenseARN: String?
    /// The product last checked out.
    public var lastCheckoutProductName: String?
    /// When the last checked-out contract expires.
    public var lastCheckoutContractExpiry: Date?
    /// The agreement id of the last checkout.
    public var lastCheckoutAgreementID: String?
    /// The agreement URL of the last checkout.
    public var lastCheckoutAgreementURL: String?
    /// How licences are checked out, as the server names it.
    public var checkoutMode: String?
    /// The product SKU selected for checkout.
    public var selectedProductSku: String?
    /// Whether a fallback licence may be used when checkout fails.
    public var allowFallback: Bool?
    /// How many licences the last successful checkout obtained.
    public var lastCheckoutSuccessLicenseCount: Int?
    /// The IAM role used for checkout.
    public var iamRoleARN: String?

    /// Creates empty metadata; set the members you need.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case canSwitchLicenseSource = "can_switch_license_source"
        case licenseSource = "license_source"
        case licenseSelectTime = "license_select_time"
        case awsAccountNumber = "aws_account_number"
        case lastCheckoutSuccessTime = "last_checkout_success_time"
        case lastCheckoutSuccessType = "last_checkout_success_type"
        case lastCheckoutError = "last_checkout_error"
        case lastCheckoutLicenseARN = "last_checkout_license_arn"
        case lastCheckoutProductName = "last_checkout_product_name"
        case lastCheckoutContractExpiry = "last_checkout_contract_expiry"
        case lastCheckoutAgreementID = "last_checkout_agreement_id"
        case lastCheckoutAgreementURL = "last_checkout_agreement_url"
        case checkoutMode = "checkout_mode"
        case selectedProductSku = "selected_product_sku"
        case allowFallback = "allow_fallback"
        case lastCheckoutSuccessLicenseCount = "last_checkout_success_license_count"
        case iamRoleARN = "iam_role_arn"
    }
}
