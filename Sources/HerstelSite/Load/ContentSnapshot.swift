import Foundation

/// A text file of Content/, decoded and with line endings made plain.
public struct SourceFile: Hashable, Sendable {
    /// Path relative to the content folder, with "/" separators ("cases/2022-2023/a.md").
    public var relativePath: String
    /// Path as shown in messages ("Content/cases/2022-2023/a.md").
    public var displayPath: String
    public var text: String
}

/// Everything read from the content folder, in a stable order, before any parsing.
public struct ContentSnapshot: Sendable {
    public var files: [SourceFile]
    /// Problems found while reading (unreadable or not UTF-8).
    public var diagnostics: [Diagnostic]

    public init(files: [SourceFile], diagnostics: [Diagnostic] = []) {
        self.files = files.sorted { $0.relativePath < $1.relativePath }
        self.diagnostics = diagnostics
    }

    public func file(_ relativePath: String) -> SourceFile? {
        files.first { $0.relativePath == relativePath }
    }

    public func files(under folder: String) -> [SourceFile] {
        files.filter { $0.relativePath.hasPrefix(folder + "/") }
    }
}

/// Reads Content/ from disk. The only place besides Write that touches the file system for a build.
public enum ContentLoader {
    /// Files larger than this are refused with a message instead of being processed.
    public static let maximumFileSize = 16 * 1024 * 1024

    public static func load(from directory: String) -> ContentSnapshot {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            return ContentSnapshot(
                files: [],
                diagnostics: [Diagnostic(file: display, line: 1, "content folder not found; run in the folder that holds Content/ or pass --content DIR")]
            )
        }
        for relative in listFiles(root: root) {
            let shown = display + "/" + relative
            let url = root.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(Diagnostic(file: shown, line: 1, "cannot read this file"))
                continue
            }
            guard data.count <= maximumFileSize else {
                diagnostics.append(
                    Diagnostic(file: shown, line: 1, "file is \(data.count / 1_048_576) MiB; the most a content file may be is \(maximumFileSize / 1_048_576) MiB")
                )
                continue
            }
            switch decode(data) {
            case .success(let text):
                files.append(SourceFile(relativePath: relative, displayPath: shown, text: text))
            case .failure(let line):
                diagnostics.append(Diagnostic(file: shown, line: line, "this line is not valid UTF-8; save the file as UTF-8"))
            }
        }
        return ContentSnapshot(files: files, diagnostics: diagnostics)
    }

    /// Relative paths of the regular files below root, skipping hidden files and folders.
    static func listFiles(root: URL) -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var result: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            result.append(String(path.dropFirst(prefix.count)))
        }
        return result.sorted()
    }

    enum Decoded {
        case success(String)
        case failure(line: Int)
    }

    /// UTF-8 with an optional BOM; CRLF and lone CR become LF.
    static func decode(_ data: Data) -> Decoded {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(line: firstInvalidLine(bytes))
        }
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return .success(text) }
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
