import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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
    /// Problems of single files found while reading them (unreadable, too large, not UTF-8);
    /// one in a file that would not be read anyway (a letter.pdf beside its case) is only named.
    public var diagnostics: [Diagnostic]
    /// Problems of the folder itself, errors whatever the name: a link out of it, a folder that
    /// cannot be read, a link to nothing, to a folder or round in a circle, a named pipe.
    public var boundary: [Diagnostic]

    public init(files: [SourceFile], diagnostics: [Diagnostic] = [], boundary: [Diagnostic] = []) {
        self.files = files.sorted { $0.relativePath < $1.relativePath }
        self.diagnostics = diagnostics
        self.boundary = boundary
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
        load(from: directory, reusing: nil).snapshot
    }

    /// What one reading of the content folder keeps for the next (the preview): every file as
    /// it was read, with what `stat` said of it. Opaque to every other stage.
    public struct Memo: Sendable {
        struct LoadedFile: Sendable {
            var entry: FileEntry
            var display: String
            var result: ReadResult
        }

        /// By relative path.
        var loaded: [String: LoadedFile] = [:]

        public init() {}
    }

    /// With the `memo` of the last reading, a file whose size, modification and status-change
    /// times and inode are those of that reading is not read again. Returns what the next
    /// reading may reuse (empty when no memo was given: a build keeps nothing).
    public static func load(from directory: String, reusing memo: Memo?) -> (snapshot: ContentSnapshot, memo: Memo) {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            let snapshot = ContentSnapshot(
                files: [],
                diagnostics: [
                    Diagnostic(
                        file: display, line: 0, "content folder not found; run in the folder that holds Content/ or pass --content DIR",
                        dutch: "De inhoudsmap is niet gevonden; start herstelsite in de map waarin Content/ staat, of geef --content MAP mee.")
                ]
            )
            return (snapshot, Memo())
        }
        let earlier = memo?.loaded ?? [:]
        var loaded: [String: Memo.LoadedFile] = [:]
        var boundary: [Diagnostic] = []
        let listing = FileTree.listing(root.path)
        for unlisted in listing.unlisted {
            let shown = unlisted.path.isEmpty ? display : display + "/" + unlisted.path
            boundary.append(Diagnostic(file: shown, line: 0, problem(unlisted.reason)))
        }
        // Links are followed only to a file inside the content folder itself (SPEC §1).
        let inside = (FileTree.realPath(root.path) ?? root.path) + "/"
        for entry in listing.entries {
            let relative = entry.path
            let shown = display + "/" + relative
            if let target = entry.target, let problem = linkProblem(target, inside: inside) {
                boundary.append(Diagnostic(file: shown, line: 0, problem))
                continue
            }
            if let known = earlier[relative], known.entry == entry, known.display == display {
                switch known.result {
                case .success(let file): files.append(file)
                case .failure(let problem): diagnostics.append(problem)
                }
                loaded[relative] = known
                continue
            }
            // The size is checked before reading, so a huge file is refused without filling memory.
            let size = entry.size
            if size > maximumFileSize {
                diagnostics.append(tooLarge(shown, size: size))
                continue
            }
            let data: Data
            switch contents(of: entry, in: root.path) {
            case .failure(let problem):
                diagnostics.append(Diagnostic(file: shown, line: 0, problem.message, dutch: problem.dutch))
                continue
            case .success(let bytes): data = bytes
            }
            let result = read(data, relativePath: relative, displayPath: shown)
            switch result {
            case .success(let file): files.append(file)
            case .failure(let problem): diagnostics.append(problem)
            }
            if memo != nil { loaded[relative] = Memo.LoadedFile(entry: entry, display: display, result: result) }
        }
        var next = Memo()
        next.loaded = loaded
        return (ContentSnapshot(files: files, diagnostics: diagnostics, boundary: boundary), next)
    }

    /// Why a link to `target` is not read, or nil when it leads to a file of the content
    /// folder (`inside` ends in "/"). A link to a hidden file is refused as well: the build
    /// never reads those as content (a `.git` folder holds no case).
    static func linkProblem(_ target: String, inside: String) -> Wording? {
        guard target.hasPrefix(inside) else {
            return Wording(
                "this is a link to \(target), outside the content folder; a build publishes only what is in the content folder, so copy the file in instead of linking to it",
                dutch:
                    "Dit is een link naar \(target), buiten de inhoudsmap; een bouw publiceert alleen wat in de inhoudsmap staat, dus kopieer het bestand hierheen in plaats van ernaar te linken."
            )
        }
        if target.dropFirst(inside.count).split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            return Wording(
                "this is a link to \(target), a hidden file the build does not read as content; copy the file in instead of linking to it",
                dutch:
                    "Dit is een link naar \(target), een verborgen bestand dat de bouw niet als inhoud leest; kopieer het bestand hierheen in plaats van ernaar te linken."
            )
        }
        return nil
    }

    /// What is wrong with something in the content folder that is not a file to read.
    static func problem(_ reason: UnlistedEntry.Reason) -> Wording {
        switch reason {
        case .unreadableFolder(let code):
            return Wording(
                "cannot read this folder (\(describe(code))), so none of its files would be published; make it readable (chmod u+rx) or move it out of the content folder",
                dutch:
                    "Deze map is niet te lezen (\(describeDutch(code))), dus geen van de bestanden erin zou worden gepubliceerd; maak de map leesbaar (chmod u+rx) of haal haar uit de inhoudsmap."
            )
        case .cannotStat(let code):
            return Wording(
                "cannot look at this file (\(describe(code))); check that it exists and that you may read it",
                dutch: "Dit bestand is niet te bekijken (\(describeDutch(code))); controleer of het bestaat en of het gelezen mag worden.")
        case .danglingLink(let target):
            return Wording(
                "this is a link to \(target), which does not exist, so there is nothing to read; fix the link or remove it",
                dutch: "Dit is een link naar \(target), dat niet bestaat, dus er is niets te lezen; herstel de link of haal haar weg.")
        case .linkLoop(let target):
            return Wording(
                "this is a link to \(target) that leads round in a circle, so there is nothing to read; fix the link or remove it",
                dutch: "Dit is een link naar \(target) die in een kringetje rondgaat, dus er is niets te lezen; herstel de link of haal haar weg.")
        case .unresolvableLink(let target, let code):
            return Wording(
                "this is a link to \(target) that cannot be followed (\(describe(code))); fix the link or remove it",
                dutch: "Dit is een link naar \(target) die niet te volgen is (\(describeDutch(code))); herstel de link of haal haar weg.")
        case .linkToFolder(let target, let resolved):
            let place = target == resolved ? target : "\(target) (\(resolved))"
            return Wording(
                "this is a link to the folder \(place); links to folders are not followed, so nothing in it would be read; move or copy the folder here instead of linking to it",
                dutch:
                    "Dit is een link naar de map \(place); links naar mappen worden niet gevolgd, dus niets daarin zou worden gelezen; verplaats of kopieer de map hierheen in plaats van ernaar te linken."
            )
        case .linkToSpecial(let target, _):
            return Wording(
                "this is a link to \(target), which is not a file; remove the link",
                dutch: "Dit is een link naar \(target), dat geen bestand is; haal de link weg.")
        case .special(let kind):
            return Wording(
                "this is \(kind), not a file, so it cannot be read as content; remove it",
                dutch: "Dit is \(dutchKind(kind)), geen bestand, dus het kan niet als inhoud worden gelezen; haal het weg.")
        }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)).lowercased() }

    /// The system's reason in Dutch for the errors a content folder meets; others by number.
    static func describeDutch(_ code: Int32) -> String {
        switch code {
        case EACCES: "geen toegang"
        case EPERM: "niet toegestaan"
        case ENOENT: "bestaat niet"
        case ENOTDIR: "een deel van het pad is geen map"
        case ELOOP: "te veel links achter elkaar"
        case ENAMETOOLONG: "de naam is te lang"
        case EIO: "leesfout van het bestandssysteem"
        case EMFILE, ENFILE: "te veel bestanden tegelijk open"
        case ENOMEM: "te weinig geheugen"
        default: "systeemfout \(code)"
        }
    }

    /// `FileTree.kind` in Dutch.
    static func dutchKind(_ kind: String) -> String {
        switch kind {
        case "a named pipe": "een named pipe"
        case "a socket": "een socket"
        case "a character device": "een apparaatbestand (character device)"
        case "a block device": "een apparaatbestand (block device)"
        default: "iets anders dan een bestand (\(kind))"
        }
    }

    struct ReadProblem: Error {
        var message: String
        var dutch: String
    }

    /// The bytes of a listed file, read from the file it was listed as: a link is read at the
    /// target the listing resolved and checked, and nothing is followed on the way (`O_NOFOLLOW`),
    /// so a link put in place after the listing is not read either.
    static func contents(of entry: FileEntry, in root: String) -> Result<Data, ReadProblem> {
        let path = entry.target ?? root + "/" + entry.path
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP {
                return .failure(
                    ReadProblem(
                        message: "this file became a link while it was read; build again",
                        dutch: "Dit bestand werd een link terwijl het werd gelezen; bouw opnieuw."))
            }
            return .failure(
                ReadProblem(
                    message: "cannot read this file (\(describe(code))); check that it exists and that you may read it",
                    dutch: "Dit bestand is niet te lezen (\(describeDutch(code))); controleer of het bestaat en of het gelezen mag worden."))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, UInt64(info.st_ino) == entry.inode else {
            return .failure(
                ReadProblem(
                    message: "this file was replaced while it was read; build again",
                    dutch: "Dit bestand werd vervangen terwijl het werd gelezen; bouw opnieuw."))
        }
        var result = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(
                    ReadProblem(
                        message: "cannot read this file (\(describe(errno))); check that you may read it",
                        dutch: "Dit bestand is niet te lezen (\(describeDutch(errno))); controleer of het gelezen mag worden."))
            }
            if count == 0 { return .success(result) }
            result.append(contentsOf: buffer[0..<count])
            if result.count > maximumFileSize { return .success(result) }
        }
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
            return .failure(Diagnostic(file: displayPath, line: problem.line, problem.message, dutch: problem.dutch))
        }
    }

    static func tooLarge(_ file: String, size: Int) -> Diagnostic {
        let mebibytes = Double(size) / 1_048_576
        let shown = mebibytes >= 100 ? String(Int(mebibytes)) : String(Double(Int(mebibytes * 10)) / 10)
        return Diagnostic(
            file: file, line: 0,
            "file is \(shown) MiB, more than the \(maximumFileSize / 1_048_576) MiB a content file may be; split the text, or check that this is the file you meant",
            dutch:
                "Het bestand is \(shown.replacingOccurrences(of: ".", with: ",")) MiB, meer dan de \(maximumFileSize / 1_048_576) MiB die een inhoudsbestand mag zijn; splits de tekst, of controleer of dit het bedoelde bestand is."
        )
    }

    /// Where a file stops being UTF-8, in words that help to fix it.
    struct EncodingProblem: Hashable {
        var line: Int
        var message: String
        var dutch: String
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
                var dutch = "Regel \(line) is geen geldige UTF-8 (byte 0x\(hex) in kolom \(column)"
                if byte >= 0xA0 && length == 1, let latin1 = Unicode.Scalar(UInt32(byte)) {
                    message += ", which is '\(Character(latin1))' in Latin-1"
                    dutch += ", in Latin-1 is dat '\(Character(latin1))'"
                }
                return EncodingProblem(line: line, message: message + "); save the file as UTF-8", dutch: dutch + "); sla het bestand op als UTF-8.")
            case .emptyInput:
                return EncodingProblem(
                    line: line, message: "this file is not valid UTF-8; save it as UTF-8",
                    dutch: "Dit bestand is geen geldige UTF-8; sla het op als UTF-8.")
            }
        }
    }
}
