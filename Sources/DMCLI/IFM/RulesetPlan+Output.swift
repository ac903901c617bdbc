import DataMasque

extension RulesetPlan {
    /// The row `dm ifm list` prints: name, serial, created, modified and enabled.
    var row: [OrderedJSON] {
        [
            .string(name), .int(serial), .string(createdTime.pythonISOFormat()), .string(modifiedTime.pythonISOFormat()),
            options.enabled.map(OrderedJSON.bool) ?? .null,
        ]
    }

    /// The fields `dm ifm get` prints.
    var detailFields: [OrderedJSON.Field] {
        [
            .init("name", .string(name)), .init("serial", .int(serial)),
            .init("created", .string(createdTime.pythonISOFormat())),
            .init("modified", .string(modifiedTime.pythonISOFormat())),
            .init("enabled", options.enabled.map(OrderedJSON.bool) ?? .null),
            .init("default_log_level", .optional(options.defaultLogLevel?.rawValue)),
            .init("ruleset_yaml", .optional(yaml)),
        ]
    }
}
