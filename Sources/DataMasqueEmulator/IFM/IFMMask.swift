import DataMasque

/// One mask of an in-flight masking ruleset, as the emulator applies it.
///
/// The emulator implements a subset of DataMasque's masks with its own, deterministic output;
/// see ``IFMRuleset`` for the list.
indirect enum IFMMask: Sendable, Hashable {
    /// `from_fixed`: the same `value` for every input.
    case fixed(JSONValue)
    /// `from_choices`: one of `choices`, drawn with the mask's seed.
    case choices([JSONValue])
    /// `from_format_string`: a string generated from `value_format`.
    case formatString(FormatString)
    /// `imitate`: each letter and digit of a string or number replaced by another of the same kind.
    case imitate(Imitation)
    /// `do_nothing`: the input unchanged.
    case doNothing
    /// `json`: masks applied at paths inside a JSON object or array, or a string holding one.
    case json([JSONTransform])
    /// A DataMasque mask the emulator does not implement; masking with it fails softly.
    case unimplemented(String)

    /// Which characters `imitate` replaces.
    struct Imitation: Sendable, Hashable {
        var uppercase = true
        var lowercase = true
        var digits = true
        /// Whether each replaced character must differ from the original.
        var forceChange = false
    }

    /// The mask's `type` in the YAML.
    var typeName: String {
        switch self {
        case .fixed: "from_fixed"
        case .choices: "from_choices"
        case .formatString: "from_format_string"
        case .imitate: "imitate"
        case .doNothing: "do_nothing"
        case .json: "json"
        case .unimplemented(let type): type
        }
    }
}

/// One entry of a `json` mask's `transforms`: masks applied to the values at `path`.
struct JSONTransform: Sendable, Hashable {
    /// A step of a path: a key of an object, an index of an array, or `*` for every element or member.
    enum Step: Sendable, Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)
        case every

        var description: String {
            switch self {
            case .key(let key): "\"\(key)\""
            case .index(let index): String(index)
            case .every: "\"*\""
            }
        }
    }

    /// What to do with a `null` at the path.
    enum OnNull: String, Sendable, Hashable, CaseIterable {
        case skip, error, mask
    }

    /// What to do when the path does not exist.
    enum OnMissing: String, Sendable, Hashable, CaseIterable {
        case skip, error
    }

    var path: [Step]
    var masks: [IFMMask]
    var onNull = OnNull.skip
    var onMissing = OnMissing.error
}
