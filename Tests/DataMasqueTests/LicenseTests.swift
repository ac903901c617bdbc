@testable import DataMasque
import Foundation
import Testing

@Suite("Licence")
struct LicenseTests {
    @Test("the §19 S12 minimal licence decodes")
    func minimal() throws {
        let licence = try WireJSON.decoder().decode(LicenseInfo.self, from: Data("""
            {"uuid": "3f0a2c9e-6b1d-4e7a-9c55-0d8e2b7f4a11", "name": "Test License", "type": "enterprise",
             "is_expired": false, "uploadable": true}
            """.utf8))
        #expect(licence == LicenseInfo(
            uuid: "3f0a2c9e-6b1d-4e7a-9c55-0d8e2b7f4a11", name: "Test License", type: "enterprise",
            isExpired: false, uploadable: true))
    }

    @Test("optional details, nulls, free strings, unknown keys and switchable metadata")
    func full() throws {
        let licence = try WireJSON.decoder().decode(LicenseInfo.self, from: Data("""
            {"uuid": "u", "name": "Marketplace", "type": "aws_marketplace_contract", "is_expired": false, "uploadable": false,
             "version": "2", "raw_type": "contract", "expiry_date": "2026-06-30T00:00:00Z", "quota_tb": 10,
             "maximum_node_count": 3, "row_limit": null, "platform_name": "AWS", "platform_code": "aws",
             "days_until_expiry": 120, "is_contract_product": true, "contract_license_type": "annual",
             "brand_new_key": {"x": 1},
             "switchable_license_metadata": {"can_switch_license_source": true, "license_source": "aws_license_manager",
               "last_checkout_success_time": "2025-01-01T00:00:00.123456Z", "last_checkout_success_license_count": 2,
               "allow_fallback": false, "iam_role_arn": "arn:aws:iam::1:role/dm", "checkout_mode": "auto", "unknown": 1}}
            """.utf8))
        #expect(licence.type == "aws_marketplace_contract")
        #expect(licence.quotaTB == 10 && licence.maximumNodeCount == 3 && licence.rowLimit == nil)
        #expect(licence.expiryDate == Date(timeIntervalSince1970: 1_782_777_600))
        let metadata = try #require(licence.switchableLicenseMetadata)
        #expect(metadata.licenseSource == "aws_license_manager" && metadata.checkoutMode == "auto")
        #expect(metadata.lastCheckoutSuccessLicenseCount == 2 && metadata.allowFallback == false)
        #expect(metadata.lastCheckoutSuccessTime != nil && metadata.awsAccountNumber == nil)
    }

    @Test("a licence without a required key is a decoding error")
    func requiredKeys() {
        #expect(throws: DecodingError.self) {
            try WireJSON.decoder().decode(LicenseInfo.self, from: Data(#"{"uuid": "u", "name": "n", "type": "t", "is_expired": false}"#.utf8))
        }
    }

    @Test("upload streams the file under license_file as application/octet-stream")
    func upload() async throws {
        let server = try ResponderServer(routes: ["POST /api/license-upload/": .json(200, "{}")])
        try await server.client.license.upload(.data(Data("LICENCE-BYTES".utf8), filename: "license.lic"))
        let form = try await ResponderServer.form(of: try #require(server.requests.first))
        #expect(form.contains(
            "name=\"license_file\"; filename=\"license.lic\"\r\nContent-Type: application/octet-stream\r\n\r\nLICENCE-BYTES\r\n"))
    }
}
