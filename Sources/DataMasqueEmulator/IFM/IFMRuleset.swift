/// The ruleset of an in-flight masking plan, parsed once when the plan is written.
///
/// The YAML is a mapping with `version: "1.0"` (a quoted string) and `rules`,
/// a list of rules whose `masks` are applied in order to every record of a mask request:
///
/// ```yaml
/// version: "1.0"
/// rules:
///   - masks:
///       - type: json
///         transforms:
///           - path: [email]
///             masks:
///               - type: from_format_string
///                 value_format: "{[a-z],8}@example.com"
/// ```
///
/// The emulator implements `from_fixed`, `from_choices`, `from_format_string`, `imitate`, `do_nothing` and `json`.
/// Other DataMasque masks are accepted with a warning and fail softly when used;
/// `from_column`, `from_unique`, `secure_shuffle` and `from_blob`, which in-flight masking does not support,
/// and unknown types are errors.
struct IFMRuleset: Sendable, Hashable {
    /// Each rule's masks, in order.
    var rules: [[IFMMask]]
}
