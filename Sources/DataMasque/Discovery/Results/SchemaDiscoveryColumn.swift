/// What schema discovery learned about one column (the `data` of a result).
///
/// Lists the server leaves out read as empty.
public struct SchemaDiscoveryColumn: Sendable, Hashable, Codable {
    /// The database's name for the column's type, such as `varchar` (`data_type`).
    public var dataType: String?
    /// The declared width (`max_length`).
    public var maxLength: Int?
    /// The unit of ``maxLength``; `nil` on older runs, which count characters (`max_length_unit`).
    public var maxLengthUnit: LengthUnit?
    /// Foreign keys on this column (`foreign_keys`).
    public var foreignKeys: [ForeignKeyReference]
    /// The keywords and rules that flagged the column (`discovery_matches`).
    public var discoveryMatches: [DiscoveryMatch]
    /// The number of digits of a numeric column (`numeric_precision`).
    public var numericPrecision: Int?
    /// The digits after the decimal point of a numeric column (`numeric_scale`).
    public var numericScale: Int?
    /// The columns of the key this column belongs to (`constraint_columns`).
    public var constraintColumns: [String]
    /// The primary key's name, when the column is in it (`pk_constraint_name`).
    public var pkConstraintName: String?
    /// The unique key's name, when the column is in one (`uk_constraint_name`).
    public var ukConstraintName: String?
    /// Unique indexes covering the column (`unique_index_names`).
    public var uniqueIndexNames: [String]
    /// Foreign keys elsewhere that point at this column (`referencing_foreign_keys`).
    public var referencingForeignKeys: [ReferencingForeignKey]
    /// The kind of key the column is in, such as `Primary` or `Unique`; empty when none.
    public var constraint: String
    /// Statistics about the sampled values, when Safe Data Preview was on (`safe_data_preview`).
    public var safeDataPreview: SafeDataPreview?

    /// Creates a column description, for example in a test.
    public init(
        dataType: String? = nil,
        maxLength: Int? = nil,
        maxLengthUnit: LengthUnit? = nil,
        foreignKeys: [ForeignKeyReference] = [],
        discoveryMatches: [DiscoveryMatch] = [],
        numericPrecision: Int? = nil,
        numericScale: Int? = nil,
        constraintColumns: [String] = [],
        pkConstraintName: String? = nil,
        ukConstraintName: String? = nil,
        uniqueIndexNames: [String] = [],
        referencingForeignKeys: [ReferencingForeignKey] = [],
        constraint: String = "",
        safeDataPreview: SafeDataPreview? = nil
    ) {
        self.dataType = dataType
        self.maxLength = maxLength
        self.maxLengthUnit = maxLengthUnit
        self.foreignKeys = foreignKeys
        self.discoveryMatches = discoveryMatches
        self.numericPrecision = numericPrecision
        self.numericScale = numericScale
        self.constraintColumns = constraintColumns
        self.pkConstraintName = pkConstraintName
        self.ukConstraintName = ukConstraintName
        self.uniqueIndexNames = uniqueIndexNames
        self.referencingForeignKeys = referencingForeignKeys
        self.constraint = constraint
        self.safeDataPreview = safeDataPreview
    }

    enum CodingKeys: String, CodingKey {
        case dataType = "data_type"
        case maxLength = "max_length"
        case maxLengthUnit = "max_length_unit"
        case foreignKeys = "foreign_keys"
        case discoveryMatches = "discovery_matches"
        case numericPrecision = "numeric_precision"
        case numericScale = "numeric_scale"
        case constraintColumns = "constraint_columns"
        case pkConstraintName = "pk_constraint_name"
        case ukConstraintName = "uk_constraint_name"
        case uniqueIndexNames = "unique_index_names"
        case referencingForeignKeys = "referencing_foreign_keys"
        case constraint
        case safeDataPreview = "safe_data_preview"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            dataType: try container.decodeIfPresent(String.self, forKey: .dataType),
            maxLength: try container.decodeLenientIntIfPresent(forKey: .maxLength),
            maxLengthUnit: try container.decodeIfPresent(LengthUnit.self, forKey: .maxLengthUnit),
            foreignKeys: try container.decode(.foreignKeys, default: []),
            discoveryMatches: try container.decode(.discoveryMatches, default: []),
            numericPrecision: try container.decodeLenientIntIfPresent(forKey: .numericPrecision),
            numericScale: try container.decodeLenientIntIfPresent(forKey: .numericScale),
            constraintColumns: try container.decode(.constraintColumns, default: []),
            pkConstraintName: try container.decodeIfPresent(String.self, forKey: .pkConstraintName),
            ukConstraintName: try container.decodeIfPresent(String.self, forKey: .ukConstraintName),
            uniqueIndexNames: try container.decode(.uniqueIndexNames, default: []),
            referencingForeignKeys: try container.decode(.referencingForeignKeys, default: []),
            constraint: try container.decode(.constraint, default: ""),
            safeDataPreview: try container.decodeIfPresent(SafeDataPreview.self, forKey: .safeDataPreview))
    }

    /// Writes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dataType, forKey: .dataType)
        try container.encode(maxLength, forKey: .maxLength)
        try container.encode(maxLengthUnit, forKey: .maxLengthUnit)
        try container.encode(foreignKeys, forKey: .foreignKeys)
        try container.encode(discoveryMatches, forKey: .discoveryMatches)
        try container.encode(numericPrecision, forKey: .numericPrecision)
        try container.encode(numericScale, forKey: .numericScale)
        try container.encode(constraintColumns, forKey: .constraintColumns)
        try container.encode(pkConstraintName, forKey: .pkConstraintName)
        try container.encode(ukConstraintName, forKey: .ukConstraintName)
        try container.encode(uniqueIndexNames, forKey: .uniqueIndexNames)
        try container.encode(referencingForeignKeys, forKey: .referencingForeignKeys)
        try container.encode(constraint, forKey: .constraint)
        try container.encode(safeDataPreview, forKey: .safeDataPreview)
    }
}
