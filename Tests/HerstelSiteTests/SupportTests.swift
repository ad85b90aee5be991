import Foundation
import Testing

@testable import HerstelSite

/// The helpers of Support/ that several stages share, and the write stage's sync.
@Suite("Support: byte classes, byte search, durable writes")
struct SupportTests {
    @Test func byteSearchGivesAnIndexOfTheSliceItWasGiven() {
        let bytes = Array("<main><p>a</p></main><main>".utf8)
        let rest = bytes[6...]
        #expect(ByteSearch.firstIndex(of: Array("<main".utf8), in: rest) == 21)
        #expect(ByteSearch.firstIndex(of: Array("</main>".utf8), in: rest) == 14)
        #expect(ByteSearch.firstIndex(of: Array("<mains".utf8), in: rest) == nil)
        #expect(ByteSearch.firstIndex(of: [], in: rest) == nil, "an empty needle is found nowhere")
        #expect(ByteSearch.contains(Array("main>".utf8), in: bytes[22...]))
        #expect(!ByteSearch.contains(Array("main>".utf8), in: bytes[22..<26]))
    }

    @Test func byteClassesOfASCIIAndNonASCIIBytes() {
        let e = Array("é".utf8)
        #expect(e.allSatisfy { ByteClass.isLetter($0) && ByteClass.isLowerLetter($0) && ByteClass.isLowerAlphanumeric($0) })
        #expect(e.allSatisfy { !ByteClass.isLowerASCII($0) && !ByteClass.isASCIIAlphanumeric($0) })
        #expect(ByteClass.isLetter(UInt8(ascii: "Q")) && !ByteClass.isLowerLetter(UInt8(ascii: "Q")))
        #expect(ByteClass.isLowerASCIIAlphanumeric(UInt8(ascii: "7")) && !ByteClass.isLowerASCIIAlphanumeric(UInt8(ascii: "-")))
        #expect(Array(" \t\n\r\u{0C}".utf8).allSatisfy(ByteClass.isSpace) && !ByteClass.isSpace(0x0B))
        #expect((0...255).filter { ByteClass.isDigit(UInt8($0)) } == Array(0x30...0x39))
    }

    @Test func aFolderThatCannotBeSyncedIsAWriteError() throws {
        let folder = try Support.temporaryFolder("sync")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteWriter.makeDurable(folder.path)
        #expect(throws: SiteWriter.WriteError.self) { try SiteWriter.makeDurable(folder.path + "/missing") }
    }
}
