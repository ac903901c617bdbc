import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a `multipart/form-data` body into its parts without copying their contents.
enum MultipartParser {
    private static let lineBreak = Array("\r\n".utf8)
    private static let headerEnd = Array("\r\n\r\n".utf8)

    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func boundary(in contentType: String) -> String? {
        parameters(in: contentType)["boundary"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The parts of `body` delimited by `boundary`; `nil` when the body is not well formed.
    static func parts(of body: ByteBuffer, boundary: String) -> [MultipartBody.Part]? {
        let delimiter = Array("--\(boundary)".utf8)
        let nextDelimiter = lineBreak + delimiter
        guard var position = find(delimiter, in: body, from: 0) else { return nil }
        var parts: [MultipartBody.Part] = []
        while true {
            position += delimiter.count
            if bytes(of: body, at: position, count: 2) == Array("--".utf8) { return parts }
            while let byte = body.getInteger(at: body.readerIndex + position, as: UInt8.self),
                byte == 0x20 || byte == 0x09
            {
                position += 1
            }
            guard bytes(of: body, at: position, count: 2) == lineBreak,
                let headersEnd = find(headerEnd, in: body, from: position),
                let contentEnd = find(nextDelimiter, in: body, from: headersEnd + headerEnd.count),
                let part = part(
                    headers: text(of: body, from: position + 2, to: headersEnd),
                    contents: slice(of: body, from: headersEnd + headerEnd.count, to: contentEnd))
            else { return nil }
            parts.append(part)
            position = contentEnd + lineBreak.count
        }
    }

    /// The `key=value` parameters after the first `;` of a header value, keys lower-cased, quotes removed.
    static func parameters(in headerValue: String) -> [String: String] {
        var parameters: [String: String] = [:]
        var characters = Substring(headerValue)
        guard let start = characters.firstIndex(of: ";") else { return [:] }
        characters = characters[characters.index(after: start)...]
        while !characters.isEmpty {
            characters = characters.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            let key = characters.prefix { $0 != "=" && $0 != ";" }
            characters = characters.dropFirst(key.count)
            guard characters.first == "=" else { continue }
            characters = characters.dropFirst()
            var value = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                while let character = characters.popFirst(), character != "\"" {
                    value.append(character == "\\" ? characters.popFirst() ?? character : character)
                }
            } else {
                value = String(characters.prefix { $0 != ";" })
                characters = characters.dropFirst(value.count)
            }
            parameters[key.trimmingCharacters(in: .whitespaces).lowercased()] = value.trimmingCharacters(
                in: .whitespaces)
        }
        return parameters
    }

    /// A part from its header block and contents; `nil` without a named `form-data` disposition.
    private static func part(headers: String, contents: ByteBuffer) -> MultipartBody.Part? {
        var fields: [String: String] = [:]
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let disposition = fields["content-disposition"],
            disposition.lowercased().hasPrefix("form-data"),
            let name = parameters(in: disposition)["name"]
        else { return nil }
        return MultipartBody.Part(
            name: name, filename: parameters(in: disposition)["filename"], contentType: fields["content-type"],
            contents: contents)
    }

    /// The offset of `needle` in the readable bytes of `buffer`, searching from `offset`.
    ///
    /// `memchr` finds each candidate first byte and `memcmp` checks the rest,
    /// so large uploads are searched at C speed.
    private static func find(_ needle: [UInt8], in buffer: ByteBuffer, from offset: Int) -> Int? {
        buffer.withUnsafeReadableBytes { haystack -> Int? in
            guard let base = haystack.baseAddress, let first = needle.first else { return nil }
            var start = offset
            while haystack.count - start >= needle.count {
                guard let hit = memchr(base + start, Int32(first), haystack.count - start - needle.count + 1) else {
                    return nil
                }
                let index = UnsafeRawPointer(hit) - base
                if memcmp(base + index, needle, needle.count) == 0 { return index }
                start = index + 1
            }
            return nil
        }
    }

    private static func bytes(of buffer: ByteBuffer, at offset: Int, count: Int) -> [UInt8]? {
        buffer.getBytes(at: buffer.readerIndex + offset, length: count)
    }

    private static func slice(of buffer: ByteBuffer, from start: Int, to end: Int) -> ByteBuffer {
        buffer.getSlice(at: buffer.readerIndex + start, length: end - start) ?? ByteBuffer()
    }

    private static func text(of buffer: ByteBuffer, from start: Int, to end: Int) -> String {
        end > start ? buffer.getString(at: buffer.readerIndex + start, length: end - start) ?? "" : ""
    }
}
