extension OrderedJSON {
    /// The JSON text: pretty with two-space indentation, or compact on one line.
    ///
    /// Separators are `", "` and `": "` in both forms,
    /// and every character outside ASCII is written as a `\u` escape.
    func rendered(pretty: Bool) -> String {
        var text = ""
        write(to: &text, indent: pretty ? 0 : nil)
        return text
    }

    private func write(to text: inout String, indent: Int?) {
        switch self {
        case .null: text += "null"
        case .bool(let bool): text += bool ? "true" : "false"
        case .int(let int): text += String(int)
        case .double(let double): text += double.isFinite ? String(double) : "null"
        case .string(let string): Self.writeString(string, to: &text)
        case .array(let items):
            writeContainer(items, open: "[", close: "]", to: &text, indent: indent) { item, text, indent in
                item.write(to: &text, indent: indent)
            }
        case .object(let fields):
            writeContainer(fields, open: "{", close: "}", to: &text, indent: indent) { field, text, indent in
                Self.writeString(field.key, to: &text)
                text += ": "
                field.value.write(to: &text, indent: indent)
            }
        }
    }

    private func writeContainer<Element>(
        _ elements: [Element],
        open: String,
        close: String,
        to text: inout String,
        indent: Int?,
        writeElement: (Element, inout String, Int?) -> Void
    ) {
        text += open
        guard !elements.isEmpty else {
            text += close
            return
        }
        let inner = indent.map { $0 + 2 }
        for (index, element) in elements.enumerated() {
            if index > 0 { text += indent == nil ? ", " : "," }
            if let inner { text += "\n" + String(repeating: " ", count: inner) }
            writeElement(element, &text, inner)
        }
        if let indent { text += "\n" + String(repeating: " ", count: indent) }
        text += close
    }

    private static func writeString(_ string: String, to text: inout String) {
        text += "\""
        // Most strings are printable ASCII with nothing to escape, and are written whole.
        if string.utf8.allSatisfy({ (0x20..<0x7F).contains($0) && $0 != 0x22 && $0 != 0x5C }) {
            text += string
            text += "\""
            return
        }
        for unit in string.utf16 {
            switch unit {
            case 0x22: text += "\\\""
            case 0x5C: text += "\\\\"
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            case 0x08: text += "\\b"
            case 0x0C: text += "\\f"
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                text +=
                    "\\u" + String(repeating: "0", count: 4 - String(unit, radix: 16).count) + String(unit, radix: 16)
            }
        }
        text += "\""
    }
}
