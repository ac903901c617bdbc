/// Resolves the escapes of a JSON string's bytes, which the parser has already checked for form.
enum JSONStringUnescaping {
    /// The text of `bytes` with its escapes resolved;
    /// `nil` when the bytes are not valid UTF-8 or a `\u` escape is an unpaired surrogate.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = scalar(in: bytes, at: &index) else { return nil }
                output.append(contentsOf: UTF8.encode(scalar)!)
            default: output.append(escaped)
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    /// The scalar of the `\u` escape whose four digits start at `index`, with its low surrogate when it is a high one.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar? {
        let unit = codeUnit(in: bytes, at: index)
        index += 4
        switch unit {
        case 0xD800..<0xDC00:
            guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { return nil }
            let low = codeUnit(in: bytes, at: index + 2)
            guard (0xDC00..<0xE000).contains(low) else { return nil }
            index += 6
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00..<0xE000: return nil
        default: return Unicode.Scalar(unit)
        }
    }

    private static func codeUnit(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        (index..<index + 4).reduce(0) { $0 << 4 | UInt32(hexValue(bytes[$1])!) }
    }

    /// The value of a hexadecimal digit, or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
