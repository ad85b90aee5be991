/// E-mail addresses: as written ("j.jansen@school.nl"), and written to dodge filters
/// ("j.jansen[at]school.nl", "j.jansen (at) school (dot) nl", "jansen at school punt nl",
/// "jansen apenstaartje school punt nl").
enum EmailAddresses {
    static func find(in text: ScanText) -> [Finding] {
        emails(in: text.plain).map { found, end in Finding(kind: .email, range: (end - found.utf8.count)..<end) } + obfuscated(in: text.plain)
    }

    static func isLocal(_ b: UInt8) -> Bool {
        ByteClass.isLowerASCIIAlphanumeric(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    /// A byte of a domain name; bytes outside ASCII for international names ("bäsisschool.nl").
    static func isDomain(_ b: UInt8) -> Bool {
        ByteClass.isLowerASCIIAlphanumeric(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b >= 0x80
    }

    static func emails(in text: [UInt8]) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for at in text.indices where text[at] == UInt8(ascii: "@") {
            var start = at
            while start > 0, isLocal(text[start - 1]) { start -= 1 }
            var end = at + 1
            while end < text.count, isDomain(text[end]) { end += 1 }
            // The top-level domain is ASCII: what follows it outside ASCII (a quote) is not part of it.
            while end > at + 1, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: "-") || text[end - 1] >= 0x80 { end -= 1 }
            while start < at, text[start] == UInt8(ascii: ".") { start += 1 }
            guard start < at, end > at + 1 else { continue }
            let domain = text[(at + 1)..<end]
            guard let dot = domain.lastIndex(of: UInt8(ascii: ".")), dot > at + 1 else { continue }
            let tld = text[(dot + 1)..<end]
            guard tld.count >= 2, tld.allSatisfy(ByteClass.isLowerASCII) else { continue }
            result.append((String(decoding: text[start..<end], as: UTF8.self), end))
        }
        return result
    }

    /// Written instead of "@".
    static let atSigns: [[UInt8]] = [
        "[at]", "(at)", "{at}", "<at>", "[@]", "(@)", " at ", " @ ", " apenstaartje ", "[apenstaartje]", "(apenstaartje)",
        "[a]", "(a)", "{a}", " [at] ", " (at) ", " {at} ", " [@] ", " (@) ", " [apenstaartje] ", " (apenstaartje) ",
    ].map { Array($0.utf8) }
    /// Written instead of ".".
    static let dots: [[UInt8]] = [
        " [dot] ", " (dot) ", " {dot} ", " [punt] ", " (punt) ", "[dot]", "(dot)", "{dot}", "[punt]", "(punt)", " dot ", " punt ",
        " . ", ".",
    ].map { Array($0.utf8) }
    static let topLevelDomains: Set<String> = [
        "nl", "com", "org", "net", "eu", "be", "de", "info", "nu", "edu", "gov", "uk", "fr", "io", "co", "biz", "online", "frl",
        "amsterdam", "eus", "me", "email", "school",
    ]

    static func isLabel(_ b: UInt8) -> Bool {
        ByteClass.isLowerASCIIAlphanumeric(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    static func marker(_ markers: [[UInt8]], at offset: Int, in text: [UInt8]) -> Int? {
        for marker in markers where offset + marker.count <= text.count && text[offset] == marker[0] {
            if text[offset..<(offset + marker.count)].elementsEqual(marker) { return marker.count }
        }
        return nil
    }

    /// Addresses with an "at" or a "dot" written out. Either side is labels joined by dots
    /// (written or as words); the domain ends in a known top-level domain, so "kijk at home"
    /// or "punt nl" in a sentence stays text.
    static func obfuscated(in text: [UInt8]) -> [Finding] {
        var found: [Finding] = []
        var i = 1
        while i < text.count {
            let b = text[i]
            let candidate =
                b == UInt8(ascii: "@") || b == UInt8(ascii: "[") || b == UInt8(ascii: "(") || b == UInt8(ascii: "{") || b == UInt8(ascii: "<")
                || (b == 0x20 && i + 1 < text.count
                    && [UInt8(ascii: "a"), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{")].contains(text[i + 1]))
            guard candidate, let atLength = marker(atSigns, at: i, in: text) ?? (text[i] == UInt8(ascii: "@") ? 1 : nil), isLabel(text[i - 1]) else {
                i += 1
                continue
            }
            // The local part: labels and dots, read backwards.
            var start = i
            var plainDots = true
            while true {
                var label = start
                while label > 0, isLabel(text[label - 1]) || text[label - 1] == UInt8(ascii: "+") { label -= 1 }
                guard label < start else { break }
                start = label
                guard let (dotStart, written) = dotBefore(start, text), dotStart > 0, isLabel(text[dotStart - 1]) else { break }
                if written { plainDots = false }
                start = dotStart
            }
            // The domain: labels and dots.
            var end = i + atLength
            var labels: [ArraySlice<UInt8>] = []
            while end < text.count {
                var labelEnd = end
                while labelEnd < text.count, isLabel(text[labelEnd]) { labelEnd += 1 }
                guard labelEnd > end else { break }
                labels.append(text[end..<labelEnd])
                end = labelEnd
                guard let dotLength = marker(dots, at: end, in: text), end + dotLength < text.count, isLabel(text[end + dotLength]) else { break }
                if dotLength != 1 { plainDots = false }
                end += dotLength
            }
            while end > i, !isLabel(text[end - 1]) { end -= 1 }
            let writtenAt = atLength != 1
            if labels.count >= 2, topLevelDomains.contains(String(decoding: labels.last!, as: UTF8.self)), writtenAt || !plainDots, start < i {
                found.append(Finding(kind: .email, range: start..<end))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// A dot right before `offset` ("." or a word for it): where it starts, and whether it was written out.
    static func dotBefore(_ offset: Int, _ text: [UInt8]) -> (Int, Bool)? {
        for dot in dots where offset >= dot.count {
            if text[(offset - dot.count)..<offset].elementsEqual(dot) { return (offset - dot.count, dot.count != 1) }
        }
        return nil
    }
}
