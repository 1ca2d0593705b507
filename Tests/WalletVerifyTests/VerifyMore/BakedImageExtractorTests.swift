import Foundation
import Testing
import WalletFormats
import WalletJSON
import WalletModel
@testable import WalletVerify

@Suite struct BakedImageExtractorTests {
    func extract(_ name: String) throws -> BakedCredential {
        try #require(try BakedImageExtractor.extract(try VerifyMoreFixtures.data("BakedImages/\(name)")))
    }

    @Test("extracts OB 3.0 JWTs and JSON from the 1EdTech PNG and SVG images")
    func ob30Images() throws {
        for name in ["simple-jwt.png", "simple-jwt.svg", "simple-jwt_v1.png", "simple-jwt_v1.svg"] {
            let baked = try extract(name)
            #expect(baked.openBadgesVersion == 3, "\(name)")
            #expect(String(decoding: baked.credential, as: UTF8.self).hasPrefix("eyJ"), "\(name)")
            #expect(baked.image == (try VerifyMoreFixtures.data("BakedImages/\(name)")))
        }
        for name in ["simple-json.png", "simple-json.svg"] {
            let object = try JSONParser().parse(try extract(name).credential).objectValue
            #expect(object?["type"]?.asList.contains(.string("OpenBadgeCredential")) == true, "\(name)")
        }
        #expect(try extract("simple-json.svg").container == .svg)
    }

    @Test("the JWTs baked into the 1EdTech images verify with their header jwk")
    func bakedJWTsVerify() throws {
        for name in ["simple-jwt.png", "simple-jwt.svg", "simple-jwt_v1.png", "simple-jwt_v1.svg"] {
            let inspection = try JWTCredentialVerifier().inspect(token: try extract(name).credential, at: Date())
            #expect(inspection.verification.check(.proof)?.result == .pass, "\(name)")
        }
    }

    @Test("extracts OB 2.0 assertions from simple-badge.png and the Mozilla baked.svg")
    func ob20Images() throws {
        let png = try extract("simple-badge.png")
        #expect(png.openBadgesVersion == 2 && png.container == .png)
        #expect(OpenBadges2Verifier.recognises(png.credential))
        let svg = try extract("baked.svg")
        #expect(svg.openBadgesVersion == 2)
        #expect(try JSONParser().parse(svg.credential).objectValue?["verify"] != nil)
    }

    @Test("images without a badge, or only a hosted URL, give clear errors")
    func negatives() throws {
        for name in ["unbaked.png", "public_domain_heart.png", "unbaked.svg"] {
            #expect(throws: BakedImageError.self, "\(name)") { try BakedImageExtractor.extract(try VerifyMoreFixtures.data("BakedImages/\(name)")) }
        }
        #expect(throws: BakedImageError.hostedReference("http://example.org")) {
            try BakedImageExtractor.extract(try VerifyMoreFixtures.data("BakedImages/no-json.svg"))
        }
        let bad = try extract("bad-json.svg").credential
        #expect(throws: (any Error).self) { try JSONParser().parse(bad) }
    }

    @Test("non-images are not claimed")
    func notImages() throws {
        #expect(try BakedImageExtractor.extract(Data("{\"a\":1}".utf8)) == nil)
        #expect(try BakedImageExtractor.extract(try VerifyMoreFixtures.data("OpenBadges2/simple.jwt")) == nil)
    }
}

@Suite struct BakedImageBadInputTests {
    func png(_ name: String = "simple-badge.png") throws -> [UInt8] {
        [UInt8](try VerifyMoreFixtures.data("BakedImages/\(name)"))
    }

    /// A PNG chunk with a correct CRC.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let length = UInt32(data.count)
        let body = Array(type.utf8) + data
        return [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)]
            + body + crc(body)
    }

    static func crc(_ bytes: [UInt8]) -> [UInt8] {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        crc ^= 0xFFFF_FFFF
        return [UInt8(crc >> 24), UInt8((crc >> 16) & 0xFF), UInt8((crc >> 8) & 0xFF), UInt8(crc & 0xFF)]
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    @Test("a truncated PNG is reported as truncated")
    func truncated() throws {
        let bytes = try png()
        for cut in [12, 40, bytes.count / 2, bytes.count - 3] {
            #expect(throws: BakedImageError.self) { try BakedImageExtractor.extract(Data(bytes.prefix(cut))) }
        }
    }

    @Test("a damaged chunk fails its CRC check")
    func damaged() throws {
        var bytes = try png()
        bytes[60] ^= 0xFF
        do {
            _ = try BakedImageExtractor.extract(Data(bytes))
            Issue.record("damaged PNG accepted")
        } catch {
            guard case .checksumMismatch = error else { Issue.record("unexpected \(error)"); return }
        }
    }

    @Test("a chunk declaring gigabytes, and a flood of chunks, fail fast and bounded")
    func bombs() throws {
        let huge = Self.signature + [0x7F, 0xFF, 0xFF, 0xF0] + Array("iTXt".utf8) + [UInt8](repeating: 0, count: 64)
        #expect(throws: BakedImageError.self) { try BakedImageExtractor.extract(Data(huge)) }
        let tiny = Self.chunk("tIME", [0, 0, 0, 0, 0, 0, 0])
        var flood = Self.signature
        flood.reserveCapacity(19 * 100_002)
        for _ in 0...100_001 { flood += tiny }
        #expect(throws: BakedImageError.limitExceeded("more than 100000 PNG chunks")) {
            try BakedImageExtractor.extract(Data(flood))
        }
        #expect(throws: BakedImageError.self) {
            try BakedImageExtractor.extract(Data(Self.signature + [UInt8](repeating: 0, count: 11 * 1024 * 1024)))
        }
    }

    @Test("compressed badge text is refused with an explanation, never inflated")
    func compressed() throws {
        let text = Array("openbadges".utf8) + [0, 1, 0, 0, 0] + [0x78, 0x9C, 0x03, 0x00]
        let bytes = Self.signature + Self.chunk("iTXt", text) + Self.chunk("IEND", [])
        #expect(throws: BakedImageError.compressedText) { try BakedImageExtractor.extract(Data(bytes)) }
    }

    @Test("two badge chunks are refused")
    func duplicate() throws {
        let text = Array("openbadgecredential".utf8) + [0, 0, 0, 0, 0] + Array("{}".utf8)
        let bytes = Self.signature + Self.chunk("iTXt", text) + Self.chunk("iTXt", text) + Self.chunk("IEND", [])
        #expect(throws: BakedImageError.multipleBadges("2 badge iTXt chunks")) { try BakedImageExtractor.extract(Data(bytes)) }
    }

    @Test("hostile SVGs: entity declarations, deep nesting, truncation, huge size")
    func hostileSVG() throws {
        let entity = #"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>"#
        #expect(throws: BakedImageError.self) { try BakedImageExtractor.extract(Data(entity.utf8)) }
        let deep = "<svg>" + String(repeating: "<g>", count: 5_000) + String(repeating: "</g>", count: 5_000) + "</svg>"
        #expect(throws: BakedImageError.limitExceeded("SVG nesting deeper than 256")) { try BakedImageExtractor.extract(Data(deep.utf8)) }
        let cut = try VerifyMoreFixtures.text("BakedImages/simple-json.svg").prefix(600)
        #expect(throws: BakedImageError.self) { try BakedImageExtractor.extract(Data(cut.utf8)) }
        let huge = "<svg>" + String(repeating: " ", count: 11 * 1024 * 1024) + "</svg>"
        #expect(throws: BakedImageError.self) { try BakedImageExtractor.extract(Data(huge.utf8)) }
        let large = "<svg xmlns:openbadges=\"http://openbadges.org\">" + String(repeating: "<rect x=\"1\"/>", count: 50_000) + "</svg>"
        #expect(throws: BakedImageError.noBadge("no openbadges element")) { try BakedImageExtractor.extract(Data(large.utf8)) }
    }

    @Test("namespaces are matched by URI, not by prefix")
    func namespaceByURI() throws {
        let svg = #"<svg xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><ob:credential><![CDATA[ {"a":1} ]]></ob:credential></svg>"#
        let baked = try #require(try BakedImageExtractor.extract(Data(svg.utf8)))
        #expect(baked.credential == Data(#"{"a":1}"#.utf8))
        let wrong = #"<svg xmlns:openbadges="http://example.org/other"><openbadges:credential>{}</openbadges:credential></svg>"#
        #expect(throws: BakedImageError.self) { try BakedImageExtractor.extract(Data(wrong.utf8)) }
    }
}
