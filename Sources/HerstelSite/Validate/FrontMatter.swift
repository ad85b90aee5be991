import Yams

/// A file split into its YAML front matter and its Markdown body.
struct FrontMatterDocument {
    /// The parsed front matter, nil when the file has none.
    var fields: Node?
    /// Line of the first YAML line, to turn YAML marks into file lines.
    var yamlFirstLine: Int
    var body: MarkdownSource
}

enum FrontMatter {
    /// Splits `---` fenced YAML from the body. `required` files without front matter are an error.
    static func split(_ file: SourceFile, required: Bool, diagnostics: inout [Diagnostic]) -> FrontMatterDocument? {
        let text = file.text
        let opening = text.prefix(while: { $0 != "\n" })
        guard opening.trimmingTrailingWhitespace == "---" else {
            if required {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 1,
                        "missing front matter: a case file starts with a line '---', then its YAML fields, then another line '---'",
                        dutch: "De front matter ontbreekt: een zaakbestand begint met een regel '---', dan de YAML-velden, dan weer een regel '---'.")
                )
                return nil
            }
            return FrontMatterDocument(fields: nil, yamlFirstLine: 1, body: MarkdownSource(file: file.displayPath, firstLine: 1, text: text))
        }
        var lineNumber = 1
        var yamlStart = text.endIndex
        var closing: (start: String.Index, end: String.Index, line: Int)?
        var index = text.index(text.startIndex, offsetBy: opening.count)
        if index < text.endIndex { index = text.index(after: index) }
        yamlStart = index
        while index < text.endIndex {
            lineNumber += 1
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd].trimmingTrailingWhitespace
            if line == "---" || line == "..." {
                closing = (index, lineEnd, lineNumber)
                break
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        guard let closing else {
            diagnostics.append(
                Diagnostic(
                    file: file.displayPath, line: 1,
                    "front matter opened with '---' on line 1 is never closed; end the YAML fields with a line '---'",
                    dutch: "De front matter die op regel 1 met '---' begint, wordt nergens gesloten; sluit de YAML-velden af met een regel '---'."
                ))
            return nil
        }
        let yaml = String(text[yamlStart..<closing.start])
        let bodyStart = closing.end < text.endIndex ? text.index(after: closing.end) : closing.end
        let body = MarkdownSource(file: file.displayPath, firstLine: closing.line + 1, text: String(text[bodyStart...]))
        switch YAMLReader.compose(yaml, file: file.displayPath, firstLine: 2) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let node):
            if let node, node.mapping == nil {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 2, "front matter must be YAML fields (name: value), not a single value or list",
                        dutch: "De front matter moet uit YAML-velden bestaan (naam: waarde), niet uit één waarde of een lijst."))
                return nil
            }
            return FrontMatterDocument(fields: node, yamlFirstLine: 2, body: body)
        }
    }
}

/// Parses YAML for content files, turning every problem into a diagnostic at its file line.
enum YAMLReader {
    enum Result {
        case success(Node?)
        case failure(Diagnostic)
    }

    static func compose(_ yaml: String, file: String, firstLine: Int) -> Result {
        // Checked before parsing: a few lines of aliases can stand for billions of values.
        if let line = YAMLText.firstAliasLine(yaml) {
            return .failure(
                Diagnostic(
                    file: file, line: firstLine + line - 1,
                    "YAML aliases (*name) are not used in content; write the value out, or put it in quotes if it starts with '*'",
                    dutch:
                        "YAML-aliassen (*naam) worden in de inhoud niet gebruikt; schrijf de waarde uit, of zet haar tussen aanhalingstekens als ze met '*' begint."
                ))
        }
        do {
            // Values are read as written (SPEC §1), so no implicit typing: the basic resolver
            // keeps every scalar a string and skips a regular expression per value.
            return .success(try Yams.compose(yaml: yaml, .basic))
        } catch let error as YamlError {
            return .failure(diagnostic(error, yaml: yaml, file: file, firstLine: firstLine))
        } catch {
            return .failure(
                Diagnostic(file: file, line: firstLine, "invalid YAML: \(error)", dutch: "Ongeldige YAML (de YAML-lezer meldt: \(error))."))
        }
    }

    /// A YAML syntax error at the file line it points to, in words a content editor can act on.
    static func diagnostic(_ error: YamlError, yaml: String, file: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            let message: String
            let dutch: String
            if let tabLine = YAMLText.tabIndentedLine(yaml, near: mark.line) {
                return Diagnostic(
                    file: file, line: firstLine + tabLine - 1,
                    "a tab is not allowed for indentation in YAML; use spaces (this line starts with a tab)",
                    dutch: "Een tab mag in YAML niet gebruikt worden om in te springen; gebruik spaties (deze regel begint met een tab).")
            }
            if problem.contains("nesting level") {
                message = "invalid YAML: values are nested too deeply; content needs only a few levels"
                dutch = "Ongeldige YAML: de waarden zijn te diep genest; de inhoud heeft maar een paar niveaus nodig."
            } else if problem.contains("undefined alias") {
                message = "invalid YAML: found an alias (*name) to nothing; put a value that starts with '*' in quotes"
                dutch = "Ongeldige YAML: een alias (*naam) die nergens naar verwijst; zet een waarde die met '*' begint tussen aanhalingstekens."
            } else {
                message = "invalid YAML: \(problem); check the indentation and the quotes on this line and the line above"
                dutch =
                    "Ongeldige YAML: \(dutchProblem(problem)); controleer het inspringen en de aanhalingstekens op deze regel en de regel erboven."
            }
            return Diagnostic(file: file, line: firstLine + mark.line - 1, message, dutch: dutch)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let line = duplicates.first.flatMap { YAMLText.repeatedKeyLine(yaml, key: $0, after: context.mark.line, column: context.mark.column) }
            return Diagnostic(
                file: file, line: firstLine + (line ?? context.mark.line) - 1, "field \(names) is given more than once; keep one",
                dutch: "Veld \(names) staat er meer dan eens; laat er één staan.")
        case .reader(let problem, _, _, _):
            return Diagnostic(file: file, line: firstLine, "invalid YAML: \(problem)", dutch: "Ongeldige YAML: \(dutchProblem(problem)).")
        default:
            return Diagnostic(file: file, line: firstLine, "invalid YAML: \(error)", dutch: "Ongeldige YAML (de YAML-lezer meldt: \(error)).")
        }
    }

    /// libyaml's problem in Dutch: the common ones in words, the rest quoted as the parser gives it.
    static func dutchProblem(_ problem: String) -> String {
        let known: [(String, String)] = [
            (
                "mapping values are not allowed",
                "hier mag geen 'naam: waarde' staan (staat er een dubbele punt in een waarde zonder aanhalingstekens?)"
            ),
            ("could not find expected ':'", "de ':' na een veldnaam ontbreekt"),
            ("did not find expected key", "op deze plek werd een veldnaam verwacht"),
            ("found character that cannot start any token", "de regel begint met een teken dat in YAML zo niet kan beginnen"),
            ("found unexpected end of stream", "de YAML houdt onverwacht op (is een aanhalingsteken niet gesloten?)"),
            ("did not find expected node content", "op deze plek ontbreekt een waarde"),
            ("block sequence entries are not allowed", "een lijstitem ('- ') mag hier niet staan"),
            ("did not find expected '-' indicator", "op deze plek werd een lijstitem ('- ') verwacht"),
            ("found unknown escape character", "na een backslash staat een onbekend teken"),
            ("found a tab character", "een tab waar een spatie hoort"),
            ("control characters are not allowed", "de tekst bevat stuurtekens die YAML niet toestaat"),
            ("found unexpected ':'", "een onverwachte ':'"),
            ("did not find expected ',' or ']'", "een ',' of ']' ontbreekt"),
            ("did not find expected ',' or '}'", "een ',' of '}' ontbreekt"),
        ]
        if let match = known.first(where: { problem.contains($0.0) }) { return match.1 }
        return "de YAML-lezer meldt '\(problem)'"
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

extension String {
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        if first == startIndex && last == index(before: endIndex) { return self }
        return String(self[first...last])
    }
}
