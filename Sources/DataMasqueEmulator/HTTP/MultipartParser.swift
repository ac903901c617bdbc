import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a `multipart/form-data` body into parts as its bytes arrive,
/// holding no more than a part's header block and a boundary's length of contents.
///
/// Feed it chunks with ``append(_:_:)`` and call ``finish()`` after the last one;
/// it reports each part's start, its contents in pieces, and its end.
struct MultipartParser {
    /// What the parser found in the bytes given so far.
    enum Event {
        /// A part begins; its contents follow.
        case start(MultipartBody.PartHeaders)
        /// The next piece of the current part's contents.
        case contents(ByteBuffer)
        /// The current part ended.
        case end
    }

    /// The body does not match its boundary, or a part lacks a named `form-data` disposition.
    struct Malformed: Error {}

    /// The longest header block a part may have.
    static let headerLimit = 16 * 1024

    private static let lineBreak = Array("\r\n".utf8)
    private static let headerEnd = Array("\r\n\r\n".utf8)

    private enum Stage {
        case preamble, afterDelimiter, headers, contents, epilogue
    }

    private let delimiter: [UInt8]
    private let nextDelimiter: [UInt8]
    private var stage = Stage.preamble
    private var pending = ByteBuffer()

    /// A parser for parts delimited by `boundary`.
    init(boundary: String) {
        delimiter = Array("--\(boundary)".utf8)
        nextDelimiter = Self.lineBreak + delimiter
    }

    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func boundary(in contentType: String) -> String? {
        parameters(in: contentType)["boundary"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Reads `chunk`, passing what it completes to `handle` in order.
    ///
    /// - Throws: ``Malformed`` when the body does not match its boundary; whatever `handle` throws.
    mutating func append(_ chunk: ByteBuffer, _ handle: (Event) throws -> Void) throws {
        guard stage != .epilogue else { return }
        var chunk = chunk
        pending.writeBuffer(&chunk)
        while try step(handle) {}
        if pending.readerIndex > 0 { pending.discardReadBytes() }
    }

    /// Checks that the body ended with its closing delimiter.
    ///
    /// - Throws: ``Malformed`` when it did not.
    func finish() throws {
        guard stage == .epilogue else { throw Malformed() }
    }

    /// Takes one step through the pending bytes; `false` when it needs more.
    private mutating func step(_ handle: (Event) throws -> Void) throws -> Bool {
        switch stage {
        case .preamble:
            guard let index = find(delimiter) else {
                pending.moveReaderIndex(forwardBy: max(0, pending.readableBytes - delimiter.count + 1))
                return false
            }
            pending.moveReaderIndex(forwardBy: index + delimiter.count)
            stage = .afterDelimiter
            return true
        case .afterDelimiter:
            while let byte = pending.getInteger(at: pending.readerIndex, as: UInt8.self), byte == 0x20 || byte == 0x09 {
                pending.moveReaderIndex(forwardBy: 1)
            }
            guard let next = pending.getBytes(at: pending.readerIndex, length: 2) else { return false }
            if next == Array("--".utf8) {
                stage = .epilogue
                pending.clear()
                return false
            }
            guard next == Self.lineBreak else { throw Malformed() }
            stage = .headers
            return true
        case .headers:
            guard let index = find(Self.headerEnd) else {
                guard pending.readableBytes <= Self.headerLimit else { throw Malformed() }
                return false
            }
            guard index <= Self.headerLimit else { throw Malformed() }
            let text = index > 2 ? pending.getString(at: pending.readerIndex + 2, length: index - 2) ?? "" : ""
            guard let headers = Self.partHeaders(text) else { throw Malformed() }
            pending.moveReaderIndex(forwardBy: index + Self.headerEnd.count)
            stage = .contents
            try handle(.start(headers))
            return true
        case .contents:
            if let index = find(nextDelimiter) {
                if index > 0, let piece = pending.readSlice(length: index) { try handle(.contents(piece)) }
                pending.moveReaderIndex(forwardBy: nextDelimiter.count)
                stage = .afterDelimiter
                try handle(.end)
                return true
            }
            let safe = pending.readableBytes - nextDelimiter.count + 1
            if safe > 0, let piece = pending.readSlice(length: safe) { try handle(.contents(piece)) }
            return false
        case .epilogue:
            pending.clear()
            return false
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

    /// A part's headers from its header block; `nil` without a named `form-data` disposition.
    private static func partHeaders(_ block: String) -> MultipartBody.PartHeaders? {
        var fields: [String: String] = [:]
        for line in block.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let disposition = fields["content-disposition"],
            disposition.lowercased().hasPrefix("form-data"),
            let name = parameters(in: disposition)["name"]
        else { return nil }
        return MultipartBody.PartHeaders(
            name: name, filename: parameters(in: disposition)["filename"], contentType: fields["content-type"])
    }

    /// The offset of `needle` in the pending bytes.
    ///
    /// `memchr` finds each candidate first byte and `memcmp` checks the rest,
    /// so large uploads are searched at C speed.
    private func find(_ needle: [UInt8]) -> Int? {
        pending.withUnsafeReadableBytes { haystack -> Int? in
            guard let base = haystack.baseAddress, let first = needle.first else { return nil }
            var start = 0
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
}
