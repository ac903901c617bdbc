import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The licence: its details, and uploading a licence file in the multipart field `license_file`.
    func addLicenseRoutes(to router: Router<Context>) {
        router.endpoint("/api/license/", [.get: { _, _ in .json(await state.transact { $0.license.current() }) }])
        router.endpoint(
            "/api/license-upload/",
            [
                .post: { request, _ in
                    var errors: [String: [String]] = [:]
                    guard
                        let file = try await multipartBody(of: request).requiredFile("license_file", errors: &errors)
                    else { throw APIError.fields(errors) }
                    let contents = try file.bytes(upTo: Request.maximumBodySize)
                    return .json(
                        await state.transact {
                            $0.license.upload(contents, filename: file.filename)
                            return $0.license.current()
                        })
                }
            ])
    }
}
