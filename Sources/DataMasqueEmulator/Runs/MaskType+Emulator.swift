import DataMasque

extension MaskType {
    /// The mask types a masking run or a ruleset may have.
    static let maskable: [MaskType] = [.database, .file]

    /// `text` as one of the ``maskable`` types, or `nil`.
    init?(maskable text: String) {
        guard let type = Self.maskable.first(where: { $0.rawValue == text }) else { return nil }
        self = type
    }
}
