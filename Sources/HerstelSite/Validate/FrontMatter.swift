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
                    Diagnostic(file: file.displayPath, line: 1, "missing front matter: a case file starts with a line '---', then its YAML fields, then another line '---'"))
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
                Diagnostic(file: file.displayPath, line: 1, "front matter opened with '---' on line 1 is never closed; end the YAML fields with a line '---'"))
            return nil
        }
        let yaml = String(text[yamlStart..<closing.start])
        let bodyStart = closing.end < text.endIndex ? text.index(after: closing.end) : closing.end
        let body = MarkdownSource(file: file.displayPath, firstLine: closing.line + 1, text: String(text[bodyStart...]))
        do {
            let node = try Yams.compose(yaml: yaml)
            if let node, node.mapping == nil {
                diagnostics.append(
                    Diagnostic(file: file.displayPath, line: 2, "front matter must be YAML fields (name: value), not a single value or list"))
                return nil
            }
            return FrontMatterDocument(fields: node, yamlFirstLine: 2, body: body)
        } catch let error as YamlError {
            diagnostics.append(yamlDiagnostic(error, file: file.displayPath, firstLine: 2))
            return nil
        } catch {
            diagnostics.append(Diagnostic(file: file.displayPath, line: 1, "front matter is not valid YAML: \(error)"))
            return nil
        }
    }

    /// A YAML syntax error at the file line it points to.
    static func yamlDiagnostic(_ error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(file: file, line: firstLine + mark.line - 1, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(file: file, line: firstLine + context.mark.line - 1, "field \(names) is given more than once; keep one")
        default:
            return Diagnostic(file: file, line: firstLine, "invalid YAML: \(error)")
        }
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
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
