import Foundation

/// A text file of Content/, decoded and with line endings made plain.
public struct SourceFile: Hashable, Sendable {
    /// Path relative to the content folder, with "/" separators ("cases/2022-2023/a.md").
    public var relativePath: String
    /// Path as shown in messages ("Content/cases/2022-2023/a.md").
    public var displayPath: String
    public var text: String

    public init(relativePath: String, displayPath: String, text: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
    }
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
        var memo: BuildMemo? = nil
        return load(from: directory, memo: &memo)
    }

    /// With a `memo` (the preview), a file whose size, modification and status-change times
    /// and inode are those of the last reading is not read again; the memo is updated.
    public static func load(from directory: String, memo: inout BuildMemo?) -> ContentSnapshot {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            return ContentSnapshot(
                files: [],
                diagnostics: [
                    Diagnostic(file: display, line: 1, "content folder not found; run in the folder that holds Content/ or pass --content DIR")
                ]
            )
        }
        let earlier = memo?.loaded ?? [:]
        var loaded: [String: BuildMemo.LoadedFile] = [:]
        for entry in FileTree.list(root.path) {
            let relative = entry.path
            if let known = earlier[relative], known.entry == entry, known.display == display {
                switch known.result {
                case .success(let file): files.append(file)
                case .failure(let problem): diagnostics.append(problem)
                }
                loaded[relative] = known
                continue
            }
            let shown = display + "/" + relative
            let url = root.appendingPathComponent(relative)
            // The size is checked before reading, so a huge file is refused without filling memory.
            let size = entry.size
            if size > maximumFileSize {
                diagnostics.append(tooLarge(shown, size: size))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(Diagnostic(file: shown, line: 1, "cannot read this file; check that it exists and that you may read it"))
                continue
            }
            let result = read(data, relativePath: relative, displayPath: shown)
            switch result {
            case .success(let file): files.append(file)
            case .failure(let problem): diagnostics.append(problem)
            }
            if memo != nil { loaded[relative] = BuildMemo.LoadedFile(entry: entry, display: display, result: result) }
        }
        memo?.loaded = loaded
        return ContentSnapshot(files: files, diagnostics: diagnostics)
    }

    public enum ReadResult: Sendable {
        case success(SourceFile)
        case failure(Diagnostic)
    }

    /// The bytes of one content file as text, or why they cannot be: the same checks `load`
    /// makes, without the file system (for tests, and for fuzzing).
    public static func read(_ data: Data, relativePath: String, displayPath: String) -> ReadResult {
        guard data.count <= maximumFileSize else { return .failure(tooLarge(displayPath, size: data.count)) }
        switch decode(data) {
        case .success(let text):
            return .success(SourceFile(relativePath: relativePath, displayPath: displayPath, text: text))
        case .failure(let problem):
            return .failure(Diagnostic(file: displayPath, line: problem.line, problem.message))
        }
    }

    static func tooLarge(_ file: String, size: Int) -> Diagnostic {
        let mebibytes = Double(size) / 1_048_576
        let shown = mebibytes >= 100 ? String(Int(mebibytes)) : String(Double(Int(mebibytes * 10)) / 10)
        return Diagnostic(
            file: file, line: 1,
            "file is \(shown) MiB, more than the \(maximumFileSize / 1_048_576) MiB a content file may be; split the text, or check that this is the file you meant"
        )
    }

    /// Where a file stops being UTF-8, in words that help to fix it.
    struct EncodingProblem: Hashable {
        var line: Int
        var message: String
    }

    enum Decoded {
        case success(String)
        case failure(EncodingProblem)
    }

    /// UTF-8 with an optional BOM; CRLF and lone CR become LF.
    static func decode(_ data: Data) -> Decoded {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(firstInvalid(bytes))
        }
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return .success(text) }
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// The line and column of the first byte that is not UTF-8.
    static func firstInvalid(_ bytes: [UInt8]) -> EncodingProblem {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset += encoded.count
            case .error(let length):
                let byte = bytes[offset]
                var hex = String(byte, radix: 16, uppercase: true)
                if hex.count < 2 { hex = "0" + hex }
                var message = "line \(line) is not valid UTF-8 (byte 0x\(hex) at column \(column)"
                if byte >= 0xA0 && length == 1, let latin1 = Unicode.Scalar(UInt32(byte)) {
                    message += ", which is '\(Character(latin1))' in Latin-1"
                }
                return EncodingProblem(line: line, message: message + "); save the file as UTF-8")
            case .emptyInput:
                return EncodingProblem(line: line, message: "this file is not valid UTF-8; save it as UTF-8")
            }
        }
    }
}
