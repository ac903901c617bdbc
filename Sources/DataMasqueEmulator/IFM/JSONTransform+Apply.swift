import DataMasque

extension JSONTransform {
    /// `document` with the values at ``path`` masked.
    ///
    /// - Throws: ``IFMMask/Failure`` when the path is missing and ``onMissing`` is `error`,
    ///   the value is `null` and ``onNull`` is `error`, or a mask fails.
    func apply(to document: JSONValue, seed: IFMMask.Seed) throws(IFMMask.Failure) -> JSONValue {
        try apply(path[...], to: document, seed: seed, trail: [])
    }

    private func apply(
        _ steps: ArraySlice<Step>, to value: JSONValue, seed: IFMMask.Seed, trail: [Step]
    ) throws(IFMMask.Failure) -> JSONValue {
        guard let step = steps.first else { return try mask(value, seed: seed, trail: trail) }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.key(let key), .object(var members)):
            guard let member = members[key] else { return try missing(value, trail + [step]) }
            members[key] = try apply(rest, to: member, seed: seed, trail: trail + [step])
            return .object(members)
        case (.index(let index), .array(var elements)):
            guard elements.indices.contains(index) else { return try missing(value, trail + [step]) }
            elements[index] = try apply(rest, to: elements[index], seed: seed, trail: trail + [.index(index)])
            return .array(elements)
        case (.every, .array(var elements)):
            for index in elements.indices {
                elements[index] = try apply(rest, to: elements[index], seed: seed, trail: trail + [.index(index)])
            }
            return .array(elements)
        case (.every, .object(var members)):
            for key in members.keys.sorted() {
                members[key] = try apply(rest, to: members[key] ?? .null, seed: seed, trail: trail + [.key(key)])
            }
            return .object(members)
        default:
            return try missing(value, trail + [step])
        }
    }

    private func mask(_ value: JSONValue, seed: IFMMask.Seed, trail: [Step]) throws(IFMMask.Failure) -> JSONValue {
        if value.isNull {
            switch onNull {
            case .skip: return value
            case .error: throw IFMMask.Failure(message: "json found null at path \(Self.describe(trail)).")
            case .mask: break
            }
        }
        return try IFMMask.apply(masks, to: value, seed: seed.appending("path \(Self.describe(trail))"))
    }

    private func missing(_ value: JSONValue, _ trail: [Step]) throws(IFMMask.Failure) -> JSONValue {
        guard onMissing == .skip else {
            throw IFMMask.Failure(message: "json found nothing at path \(Self.describe(trail)).")
        }
        return value
    }

    /// A path as the YAML would write it, such as `["items", 0, "email"]`.
    private static func describe(_ trail: [Step]) -> String {
        "[" + trail.map(\.description).joined(separator: ", ") + "]"
    }
}
