import Foundation

/// A light reading of YAML text before the parser sees it, for the few things the parser
/// cannot tell us well: where an alias is used, and where a repeated field is repeated.
///
/// Not a YAML parser: it tracks just enough (quotes, comments, block scalars, flow brackets)
/// to know where a value starts. Lines are 1-based, counted within the YAML text.
enum YAMLText {
    /// The line, at or just before `line` where the parser stopped, whose indentation holds a
    /// tab; YAML forbids tabs there, and the parser's own words ("found character that cannot
    /// start any token") do not say so. Nil when neither line has one.
    static func tabIndentedLine(_ yaml: String, near line: Int) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for candidate in [line, line - 1] where candidate >= 1 && candidate <= lines.count {
            let text = lines[candidate - 1]
            let indentation = text.prefix { $0 == " " || $0 == "\t" }
            // A line of only white space is blank, whatever it holds.
            if indentation.contains("\t"), indentation.count < text.count, text.trimmingCharacters(in: .whitespaces).first != "#" {
                return candidate
            }
        }
        return nil
    }

    /// The line of the first alias (`*name`) where a value starts, or nil.
    ///
    /// Content never needs aliases, and they are dangerous: nine lines of aliases can stand
    /// for billions of values, which the parser then hashes and we would walk.
    static func firstAliasLine(_ yaml: String) -> Int? {
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        var inDouble = false
        var inSingle = false
        var blockIndent: Int?  // indentation of the line that opened a block scalar (| or >)
        var flowDepth = 0
        var lineNumber = 0
        for lineText in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(lineText)
            let indent = line.prefix(while: { $0 == space }).count
            let blank = line.allSatisfy { $0 == space || $0 == tab || $0 == UInt8(ascii: "\r") }
            if let open = blockIndent {
                if blank || indent > open { continue }
                blockIndent = nil
            }
            var expectValue = !(inDouble || inSingle)
            var i = 0
            scan: while i < line.count {
                let c = line[i]
                let next: UInt8? = i + 1 < line.count ? line[i + 1] : nil
                let nextIsSpace = next == nil || next == space || next == tab || next == UInt8(ascii: "\r")
                if inDouble {
                    if c == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if c == UInt8(ascii: "\"") { inDouble = false }
                    i += 1
                    continue
                }
                if inSingle {
                    if c == UInt8(ascii: "'") {
                        if next == UInt8(ascii: "'") {
                            i += 2
                            continue
                        }
                        inSingle = false
                    }
                    i += 1
                    continue
                }
                if c == space || c == tab {
                    i += 1
                    continue
                }
                if c == UInt8(ascii: "#"), i == 0 || line[i - 1] == space || line[i - 1] == tab { break scan }
                if expectValue {
                    switch c {
                    case UInt8(ascii: "*"):
                        return lineNumber
                    case UInt8(ascii: "&"), UInt8(ascii: "!"):
                        // An anchor or a tag: the value itself follows.
                        while i < line.count, line[i] != space, line[i] != tab { i += 1 }
                        continue scan
                    case UInt8(ascii: "\""):
                        inDouble = true
                        expectValue = false
                    case UInt8(ascii: "'"):
                        inSingle = true
                        expectValue = false
                    case UInt8(ascii: "-"), UInt8(ascii: "?"):
                        expectValue = nextIsSpace
                    case UInt8(ascii: "|"), UInt8(ascii: ">"):
                        if flowDepth == 0 {
                            blockIndent = indent
                            break scan
                        }
                        expectValue = false
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        flowDepth += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        flowDepth = max(0, flowDepth - 1)
                        expectValue = false
                    default:
                        expectValue = false
                    }
                    i += 1
                    continue
                }
                // Inside a key or a plain value: only these start a new value.
                if c == UInt8(ascii: ":"),
                    nextIsSpace || (flowDepth > 0 && (next == UInt8(ascii: ",") || next == UInt8(ascii: "]") || next == UInt8(ascii: "}")))
                {
                    expectValue = true
                } else if flowDepth > 0 {
                    switch c {
                    case UInt8(ascii: ","): expectValue = true
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        flowDepth += 1
                        expectValue = true
                    case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
                    default: break
                    }
                }
                i += 1
            }
        }
        return nil
    }

    /// The line after `line` where `key` is written again at the same column, for a message at
    /// the repetition rather than at the first, correct, occurrence.
    static func repeatedKeyLine(_ yaml: String, key: String, after line: Int, column: Int) -> Int? {
        let indent = String(repeating: " ", count: max(0, column - 1))
        var lineNumber = 0
        for text in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard lineNumber > line, text.hasPrefix(indent) else { continue }
            let rest = text.dropFirst(indent.count)
            for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written) {
                if rest.dropFirst(written.count).drop(while: { $0 == " " }).hasPrefix(":") { return lineNumber }
            }
        }
        return nil
    }
}
