import DataMasque

extension IFMRuleset {
    /// The most error entries a failed mask request reports.
    static let maximumErrorLogs = 100

    /// What masking a request's records gave.
    enum Outcome {
        /// One masked record per input record.
        case masked([JSONValue])
        /// The errors of the records no mask could handle.
        case failed([IFMLog])
    }

    /// `request`'s records masked by every rule in order, or the errors of the records no mask could handle.
    func mask(_ request: MaskRequest, secret: String) -> Outcome {
        var masked: [JSONValue] = []
        var errors: [IFMLog] = []
        masked.reserveCapacity(request.data.count)
        for (index, record) in request.data.enumerated() {
            var value = record
            do throws(IFMMask.Failure) {
                for (ruleIndex, masks) in rules.enumerated() {
                    let seed = IFMMask.Seed(
                        secret: secret, recordKey: request.recordKey(index), location: ["rule \(ruleIndex)"])
                    value = try IFMMask.apply(masks, to: value, seed: seed)
                }
                masked.append(value)
            } catch {
                if errors.count < Self.maximumErrorLogs {
                    errors.append(.error("Record \(index): \(error.message)"))
                }
            }
        }
        return errors.isEmpty ? .masked(masked) : .failed(errors)
    }
}
