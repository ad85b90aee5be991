/// Searching UTF-8 bytes for bytes: the gate, the changes and the renderer look for ASCII
/// markers and normalised words, where comparing bytes is exact and much cheaper than
/// String's search by characters.
enum ByteSearch {
    /// The index in `haystack` where `needle` first starts; nil when it does not occur or is empty.
    static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`; an empty needle never does.
    static func contains(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }
}

extension String {
    /// Replaces every occurrence of `target` by `replacement`, comparing UTF-8 bytes.
    /// Much cheaper than Foundation's `replacingOccurrences` on large pages.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        var result: [UInt8] = []
        var found = false
        let utf8 = Array(self.utf8)
        let count = utf8.count
        var i = 0
        var copied = 0
        while i + needle.count <= count {
            if utf8[i] == first, utf8[i..<(i + needle.count)].elementsEqual(needle) {
                if !found {
                    result.reserveCapacity(count + 64)
                    found = true
                }
                result.append(contentsOf: utf8[copied..<i])
                result.append(contentsOf: replacement.utf8)
                i += needle.count
                copied = i
            } else {
                i += 1
            }
        }
        guard found else { return self }
        result.append(contentsOf: utf8[copied..<count])
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `target` occurs, comparing UTF-8 bytes.
    func containsBytes(_ target: String) -> Bool {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return true }
        return self.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= needle.count else { return false }
            for i in 0...(bytes.count - needle.count) where bytes[i] == first {
                if bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            }
            return false
        } ?? self.contains(target)
    }
}
