import Foundation
import Testing

@testable import DataMasque

@Suite("Zip archives the client reads")
struct ZipReaderTests {
    @Test("an entry whose bytes do not match its CRC-32 is refused, naming the entry")
    func checksum() throws {
        #expect(try ZipReader(ZipFixtures.readme).entries() == [ZipReader.Entry(name: "README.txt", contents: Data("hi".utf8))])
        var damaged = ZipFixtures.readme
        let contents = try #require(damaged.range(of: Data("hi".utf8)))
        damaged[contents.lowerBound] = UInt8(ascii: "H")
        let error = #expect(throws: ZipReader.Malformed.self) { try ZipReader(damaged).entries() }
        #expect(error?.reason == "'README.txt' fails its checksum")
        #expect(error?.isNotZip == false)
    }

    @Test("data that is no archive at all says so")
    func notZip() {
        let error = #expect(throws: ZipReader.Malformed.self) { try ZipReader(Data("plain text".utf8)).entries() }
        #expect(error?.isNotZip == true)
    }
}
