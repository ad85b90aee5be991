import Yams

/// Reads the fields of one YAML mapping, turning every problem into a diagnostic at its line.
struct Fields {
    let mapping: Node.Mapping
    let file: String
    /// File line of YAML line 1.
    let firstLine: Int
    /// Line of the mapping itself, for fields that are missing.
    let line: Int
    /// The fields by name, so each look-up is not a walk over the mapping.
    private let index: [String: (key: Node, value: Node)]

    init(_ mapping: Node.Mapping, file: String, firstLine: Int, line: Int) {
        self.mapping = mapping
        self.file = file
        self.firstLine = firstLine
        self.line = line
        var index: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            if let name = key.string, index[name] == nil { index[name] = (key, value) }
        }
        self.index = index
    }

    func fileLine(_ node: Node) -> Int {
        guard let mark = node.mark else { return line }
        return firstLine + mark.line - 1
    }

    func node(_ key: String) -> (key: Node, value: Node)? {
        index[key]
    }

    /// Whether the field is given with a non-empty value (valid or not).
    func hasValue(_ key: String) -> Bool {
        guard let scalar = node(key)?.value.scalar else { return node(key) != nil }
        let text = scalar.string.trimmed
        return !(scalar.style == .plain && (text.isEmpty || text == "~" || text.lowercased() == "null"))
    }

    func lineOf(_ key: String) -> Int {
        node(key).map { fileLine($0.key) } ?? line
    }

    /// A problem at `line` of this file, in English and in Dutch.
    func error(_ line: Int, _ message: String, dutch: String) -> Diagnostic {
        Diagnostic(file: file, line: line, message, dutch: dutch)
    }

    /// A text value as written (so `41234` and `"041234"` keep their digits), nil when absent or empty.
    /// `what` says what the value is, in both languages ("the name of the board").
    func text(_ key: String, required: Bool, what: Wording, _ diagnostics: inout [Diagnostic]) -> (value: String, line: Int)? {
        guard let (keyNode, value) = node(key) else {
            if required {
                diagnostics.append(
                    error(
                        line, "missing required field '\(key)' (\(what.english))",
                        dutch: "Het verplichte veld '\(key)' ontbreekt (\(what.dutch))."))
            }
            return nil
        }
        guard let scalar = value.scalar else {
            diagnostics.append(
                error(
                    fileLine(keyNode), "'\(key)' must be a single value (\(what.english)), not a list or fields",
                    dutch: "'\(key)' moet één waarde zijn (\(what.dutch)), geen lijst en geen velden."))
            return nil
        }
        let string = scalar.string.trimmed
        if string.isEmpty || (scalar.style == .plain && (string == "~" || string.lowercased() == "null")) {
            if required {
                diagnostics.append(
                    error(fileLine(keyNode), "'\(key)' is empty; give \(what.english)", dutch: "'\(key)' is leeg; vul \(what.dutch) in."))
            }
            return nil
        }
        if let control = string.unicodeScalars.first(where: Fields.isInvisibleControl) {
            var code = String(control.value, radix: 16, uppercase: true)
            while code.count < 4 { code = "0" + code }
            diagnostics.append(
                error(
                    fileLine(keyNode), "'\(key)' holds an invisible control character (U+\(code)); remove it and write \(what.english)",
                    dutch: "'\(key)' bevat een onzichtbaar stuurteken (U+\(code)); haal het weg en schrijf \(what.dutch)."))
            return nil
        }
        return (string.replacingOccurrences(of: "\n", with: " "), fileLine(keyNode))
    }

    /// Control characters and bidirectional overrides, which no name or date needs and which
    /// would make a published name look different from what it is.
    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return false }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Reports fields that are not in `known`, with the closest known name as a hint. `place`
    /// says where, in both languages ("the front matter").
    func rejectUnknown(_ known: [String], in place: Wording, _ diagnostics: inout [Diagnostic]) {
        for (key, _) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            var message = "unknown field '\(name)' in \(place.english)"
            var dutch = "Onbekend veld '\(name)' in \(place.dutch)"
            if let suggestion = Spelling.closest(to: name, in: known) {
                message += "; did you mean '\(suggestion)'?"
                dutch += "; is '\(suggestion)' bedoeld?"
            } else {
                let names = known.map { "'\($0)'" }
                message += "; known fields are \(names.joined(separator: ", "))"
                dutch += "; bekende velden zijn \(DutchText.list(names))."
            }
            diagnostics.append(error(fileLine(key), message, dutch: dutch))
        }
    }
}
