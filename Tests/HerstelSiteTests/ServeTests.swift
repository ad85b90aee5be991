import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// End-to-end: the real `herstelsite serve` on a free port, over a copy of the sample
/// content, asked with a plain socket so no client library tidies the paths first.
/// Serialized: each test runs a server that builds the site, and the machine may be small.
@Suite("Serve: the preview server, end to end", .serialized)
struct ServeTests {
    /// An open case of the sample content (status open): only a draft.
    static let openCase = "/besturen/49034/2023-2024/"
    static let caseFile = "cases/2022-2023/stichting-ster-sso.md"

    @Test func servesFromMemoryAndPrintsTheURL() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        #expect(server.url.hasPrefix("http://127.0.0.1:"))
        #expect(server.output.contains("Preview: \(server.url)"))
        let home = try server.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.body.contains("<html lang=\"nl\">"))
        #expect(home.body.contains("new EventSource(\"/_herstelsite/events\")"))
        #expect(
            !FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("public").path))
        #expect(try server.stop() == 0)
        #expect(
            !FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("public").path))
    }

    @Test func pathTricksNeverLeaveTheSite() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let tricks = [
            "/../Package.swift", "/../../../../etc/passwd", "/%2e%2e/", "/%2e%2e/Package.swift",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/besturen/%2e%2e/%2e%2e/etc/passwd", "/besturen/..%2f..%2fetc/passwd",
            "/besturen\\..\\..\\Package.swift",
            "/%5c..%5c..%5cPackage.swift", "/index.html%00.css", "//etc/passwd", "/./index.html",
        ]
        for trick in tricks {
            let reply = try server.get(trick)
            #expect(reply.status == 400 || reply.status == 404, "\(trick): \(reply.status)")
            #expect(
                !reply.body.contains("swift-tools-version") && !reply.body.contains("root:"), "\(trick)")
        }
        #expect(try server.get("/%2e%2e/").status == 400)
        #expect(try server.stop() == 0)
    }

    @Test func foldersRedirectAndUnknownPathsGetThe404Page() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let redirect = try server.get("/besturen?x=1")
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == "/besturen/?x=1")
        #expect(try server.get("/besturen/").status == 200)
        let missing = try server.get("/bestaat-niet/")
        #expect(missing.status == 404)
        #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
        #expect(missing.body.contains("Pagina niet gevonden"))
        #expect(missing.body.contains("href=\"/besturen/\""), "its links stay in the preview")
        #expect(!missing.body.contains("href=\"https://www.example.org/herstelopdrachten/"))
        #expect(try server.stop() == 0)
    }

    @Test func onlyGetAndHeadAreAllowed() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
            let reply = try server.request(method, "/")
            #expect(reply.status == 405, "\(method)")
            #expect(reply.headers["allow"] == "GET, HEAD", "\(method)")
        }
        let get = try server.get("/besturen/")
        let head = try server.request("HEAD", "/besturen/")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.utf8.count))
        #expect(try server.stop() == 0)
    }

    @Test func everyKindOfFileHasItsContentType() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let expected = [
            "/assets/herstelsite.css": "text/css; charset=utf-8",
            "/assets/zoeken.js": "text/javascript; charset=utf-8",
            "/feed.xml": "application/xml; charset=utf-8",
            "/sitemap.xml": "application/xml; charset=utf-8",
            "/open-data/herstelopdrachten.json": "application/json; charset=utf-8",
            "/open-data/herstelopdrachten.csv": "text/csv; charset=utf-8",
            "/robots.txt": "text/plain; charset=utf-8",
        ]
        for (path, type) in expected {
            let reply = try server.get(path)
            #expect(reply.status == 200, "\(path)")
            #expect(reply.headers["content-type"] == type, "\(path)")
            #expect(reply.headers["cache-control"] == "no-store", "\(path)")
            #expect(
                !reply.body.contains("_herstelsite"), "only pages get the live-reload script: \(path)")
        }
        #expect(try server.stop() == 0)
    }

    @Test func anEditIsServedWithinSeconds() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let page = "/besturen/22458/2022-2023/"
        #expect(try server.get(page).body.contains("Stichting *Ster* [SSO]"))
        try server.edit(Self.caseFile) {
            $0.replacingOccurrences(
                of: "naam: Stichting *Ster* [SSO]", with: "naam: Stichting Nieuwe Ster")
        }
        try await eventually { try server.get(page).body.contains("Stichting Nieuwe Ster") }
        #expect(try server.stop() == 0)
    }

    @Test func newDeletedAndRenamedFilesAreSeen() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let original = try server.read(Self.caseFile)
        let copy = original.replacingOccurrences(of: "nummer: \"22458\"", with: "nummer: \"77777\"")
            .replacingOccurrences(of: "Stichting *Ster* [SSO]", with: "Stichting Kopie")
        try server.write("cases/2022-2023/kopie.md", copy)
        try await eventually { try server.get("/besturen/77777/2022-2023/").status == 200 }
        try server.move("cases/2022-2023/kopie.md", to: "cases/2022-2023/hernoemd.md")
        try await eventually { try server.get("/besturen/77777/2022-2023/").status == 200 }
        try server.remove("cases/2022-2023/hernoemd.md")
        try await eventually { try server.get("/besturen/77777/2022-2023/").status == 404 }
        try server.write("theme/herstelsite.css", "body { color: rebeccapurple; } /* thema-test */\n")
        try await eventually { try server.get("/assets/herstelsite.css").body.contains("thema-test") }
        #expect(try server.stop() == 0)
    }

    @Test func brokenContentShowsTheErrorsUntilFixed() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let original = try server.read(Self.caseFile)
        try server.edit(Self.caseFile) { $0.replacingOccurrences(of: "sector: so\n", with: "") }
        // The field is missing, so the message is at the opening `---` (SPEC §4).
        let location = "\(Self.caseFile):1"
        try await eventually { try server.get("/besturen/").status == 500 }
        for path in ["/", "/besturen/", "/besturen/22458/2022-2023/", "/bestaat-niet/"] {
            let page = try server.get(path)
            #expect(page.status == 500, "\(path)")
            #expect(page.headers["content-type"] == "text/html; charset=utf-8", "\(path)")
            #expect(page.body.contains("<html lang=\"nl\">"), "\(path)")
            #expect(page.body.contains("De inhoud bevat 1 fout"), "\(path)")
            #expect(page.body.contains(location), "\(path)")
            #expect(page.body.contains("sector"), "\(path)")
            #expect(page.body.contains("new EventSource"), "\(path)")
        }
        let css = try server.get("/assets/herstelsite.css")
        #expect(css.status == 500)
        #expect(css.headers["content-type"] == "text/plain; charset=utf-8")
        #expect(server.errors.contains("\(location): error:"))
        try server.write(Self.caseFile, original)
        try await eventually { try server.get("/besturen/").status == 200 }
        #expect(try server.get("/besturen/22458/2022-2023/").body.contains("Stichting *Ster* [SSO]"))
        #expect(try server.stop() == 0)
    }

    @Test func withoutDraftsAnOpenCaseIsAbsent() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        #expect(try server.get(Self.openCase).status == 404)
        #expect(!(try server.get("/besturen/").body.contains("Nog Niet Gesloten")))
        #expect(try server.stop() == 0)
    }

    @Test func withDraftsAnOpenCaseIsAMarkedDraft() async throws {
        let server = try PreviewProcess(drafts: true)
        defer { server.kill() }
        #expect(server.output.contains("(drafts shown)"))
        let page = try server.get(Self.openCase)
        #expect(page.status == 200)
        #expect(page.body.contains("Concept"))
        #expect(page.body.contains("<meta name=\"robots\" content=\"noindex"))
        #expect(try server.stop() == 0)
    }

    @Test func liveReloadAnnouncesEveryNewBuild() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let home = try server.get("/").body
        let events = try EventStream(port: server.port)
        let first = try events.nextGeneration()
        #expect(home.contains("var generation = \"\(first)\""))
        try server.edit(Self.caseFile) { $0 + "\nNieuwe alinea.\n" }
        let second = try events.nextGeneration()
        #expect(second != first)
        #expect(try server.get("/").body.contains("var generation = \"\(second)\""))
        events.close()
        #expect(try server.stop() == 0)
    }

    @Test func clientsThatGoAwayHarmNothing() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        var streams: [EventStream] = []
        for _ in 0..<40 { streams.append(try EventStream(port: server.port)) }
        for stream in streams { _ = try stream.nextGeneration() }
        for stream in streams { stream.close() }
        // A rebuild now writes to forty closed connections.
        try server.edit(Self.caseFile) {
            $0.replacingOccurrences(of: "Stichting *Ster* [SSO]", with: "Stichting Na Vertrek")
        }
        try await eventually {
            try server.get("/besturen/22458/2022-2023/").body.contains("Stichting Na Vertrek")
        }
        // A client that leaves halfway through reading a page.
        let half = try RawSocket(port: server.port)
        try half.send("GET /besturen/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        half.close()
        #expect(try server.get("/").status == 200)
        #expect(try server.stop() == 0)
    }

    @Test func ctrlCStopsCleanlyWithLiveReloadConnectionsOpen() async throws {
        let server = try PreviewProcess()
        defer { server.kill() }
        let events = try EventStream(port: server.port)
        _ = try events.nextGeneration()
        #expect(try server.stop() == 0)
        #expect(server.output.contains("Preview stopped."))
        events.close()
    }

    /// DNS rebinding (docs/reviewers.md): a page of another site whose name now points at
    /// 127.0.0.1 sends its own name as Host. It gets a short Dutch refusal, never a page of
    /// the preview, a draft or the live-reload stream.
    @Test func onlyTheHostsThePreviewIsReachedByAreAnswered() async throws {
        let server = try PreviewProcess(drafts: true)
        defer { server.kill() }
        let port = server.port
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST", "127.0.0.1", "[::1]:\(port)", "localhost.:\(port)"] {
            let reply = try HTTPReply.fetch(head: "GET \(Self.openCase) HTTP/1.1\r\nHost: \(host)", port: port)
            #expect(reply.status == 200, "\(host): \(reply.status)")
        }
        let refused = [
            "Host: evil.example", "Host: evil.example:\(port)", "Host: 127.0.0.1.evil.example:\(port)", "Host: 10.0.0.7:\(port)",
            "Host: localhost.evil.example", "Host: 127.0.0.1:\(port)@evil.example", "Host:", "Host: 127.0.0.1:\(port)\r\nHost: evil.example",
        ]
        for header in refused {
            for target in ["/", Self.openCase, "/_herstelsite/events", "/_wijzigingen/", "/assets/herstelsite.css", "/bestaat-niet/"] {
                let reply = try HTTPReply.fetch(head: "GET \(target) HTTP/1.1\r\n\(header)", port: port)
                #expect(reply.status == 421, "\(header) \(target): \(reply.status)")
                #expect(reply.headers["content-type"] == "text/html; charset=utf-8", "\(header) \(target)")
                #expect(reply.headers["cache-control"] == "no-store")
                #expect(reply.body.contains("<html lang=\"nl\">") && reply.body.contains("Onbekend adres"), "\(header) \(target)")
                #expect(!reply.body.contains("Stichting") && !reply.body.contains("EventSource") && !reply.body.contains("concept"))
            }
        }
        // Without a Host header at all (HTTP/1.0 allows it; no browser sends that).
        let bare = try HTTPReply.fetch(head: "GET / HTTP/1.0", port: port)
        #expect(bare.status == 421)
        #expect(try server.stop() == 0)
    }

    @Test func aMissingContentFolderIsAnErrorAtStart() throws {
        let folder = try Support.temporaryFolder("serve-missing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run([
            "serve", "--port", "0", "--content", folder.appendingPathComponent("Nergens").path,
        ])
        #expect(run.status == 1)
        // A folder has no line: no ":1:".
        #expect(run.stderr.hasPrefix(folder.appendingPathComponent("Nergens").path + ": error: content folder not found"), "\(run.stderr)")
    }

    @Test func aBadPortIsWrongUsage() throws {
        #expect(try Support.run(["serve", "--port", "70000"]).status == 2)
    }
}

// MARK: Helpers

/// Polls until the condition holds, failing the test after `timeout` seconds.
func eventually(timeout: Double = 20, _ condition: () throws -> Bool) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if (try? condition()) == true { return }
        try await Task.sleep(for: .milliseconds(100))
    }
    #expect(try condition(), "still not true after \(timeout) s")
}

/// Text that a pipe fills from another thread.
final class SharedText: Sendable {
    let text = Mutex("")
    func append(_ data: Data) { text.withLock { $0 += String(decoding: data, as: UTF8.self) } }
    var value: String { text.withLock { $0 } }
}

/// `herstelsite serve --port 0` over a fresh copy of the sample content.
final class PreviewProcess {
    let folder: URL
    let content: URL
    let process = Process()
    let stdout = SharedText()
    let stderr = SharedText()
    private(set) var url = ""
    private(set) var port = 0

    /// `fixture` names a folder of Fixtures/ to serve instead of the sample content;
    /// `prepare` runs in the test's folder before the server starts (to build an earlier site).
    init(drafts: Bool = false, fixture: String? = nil, arguments: [String] = [], prepare: (URL) throws -> Void = { _ in }) throws {
        folder = try Support.temporaryFolder("serve")
        content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(
            at: fixture.map { Support.fixtures.appendingPathComponent($0) } ?? Support.packageRoot.appendingPathComponent("Content"), to: content)
        try prepare(folder)
        process.executableURL = Support.executable
        process.arguments =
            ["serve", "--port", "0", "--content", content.path] + (drafts ? ["--drafts"] : []) + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdout = self.stdout
        let stderr = self.stderr
        out.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { stdout.append(data) }
        }
        err.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { stderr.append(data) }
        }
        try process.run()

        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline, process.isRunning {
            if let match = stdout.value.firstMatch(of: /Preview: (http:\/\/127\.0\.0\.1:(\d+)\/)/) {
                url = String(match.1)
                port = Int(match.2)!
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill()
        throw Failure("no URL printed; stdout: \(stdout.value) stderr: \(stderr.value)")
    }

    var output: String { stdout.value }
    var errors: String { stderr.value }

    func request(_ method: String, _ target: String) throws -> HTTPReply {
        try HTTPReply.fetch(method, target, port: port)
    }

    func get(_ target: String) throws -> HTTPReply { try request("GET", target) }

    func read(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        try Support.write(text, to: content.appendingPathComponent(path))
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        try write(path, change(try read(path)))
    }

    func move(_ path: String, to destination: String) throws {
        try FileManager.default.moveItem(
            at: content.appendingPathComponent(path), to: content.appendingPathComponent(destination))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(path))
    }

    /// Ctrl-C, then the exit status; fails if the server takes more than ten seconds.
    func stop() throws -> Int32 {
        process.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else { throw Failure("still running ten seconds after SIGINT") }
        return process.terminationReason == .exit
            ? process.terminationStatus : 128 + process.terminationStatus
    }

    /// For `defer`: whatever happened in the test, leave no server behind.
    func kill() {
        if process.isRunning {
            _ = systemKill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }
}

// The system calls by their module's name, as the helper types have methods of the same names.
#if canImport(Glibc)
    private let systemKill = Glibc.kill
    private let systemClose = Glibc.close
    private let systemSend = Glibc.send
    private let noSignal = Int32(MSG_NOSIGNAL)
#else
    private let systemKill = Darwin.kill
    private let systemClose = Darwin.close
    private let systemSend = Darwin.send
    private let noSignal: Int32 = 0
#endif

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A blocking TCP connection to 127.0.0.1 with a receive timeout.
final class RawSocket {
    let fd: Int32

    init(port: Int, timeout: Int = 10) throws {
        #if canImport(Glibc)
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure("socket() failed") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            _ = systemClose(fd)
            throw Failure("cannot connect to port \(port)")
        }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard
            bytes.withUnsafeBytes({ systemSend(fd, $0.baseAddress, $0.count, noSignal) }) == bytes.count
        else {
            throw Failure("send failed")
        }
    }

    /// Some bytes, or empty at the end of the stream; throws on a timeout.
    func receive() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw Failure("receive timed out or failed (errno \(errno))") }
        return Array(buffer[..<count])
    }

    func close() { _ = systemClose(fd) }
}

/// One HTTP/1.1 exchange over a fresh connection, the request target sent exactly as given.
struct HTTPReply {
    var status: Int
    /// Lowercased names.
    var headers: [String: String]
    var body: String

    static func fetch(_ method: String, _ target: String, port: Int) throws -> HTTPReply {
        try fetch(head: "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)", port: port)
    }

    /// `head` is the request line and any header lines, without the last line break.
    static func fetch(head: String, port: Int) throws -> HTTPReply {
        let socket = try RawSocket(port: port)
        defer { socket.close() }
        try socket.send("\(head)\r\nConnection: close\r\n\r\n")
        var bytes: [UInt8] = []
        while true {
            let chunk = try socket.receive()
            if chunk.isEmpty { break }
            bytes += chunk
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure("no HTTP head in: \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ")[1]) else {
            throw Failure("no status line in: \(text)")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}

/// A live-reload connection, read the way the browser's EventSource reads it.
final class EventStream {
    let socket: RawSocket
    private var received = ""
    private var seen = 0

    init(port: Int) throws {
        socket = try RawSocket(port: port)
        try socket.send(
            "GET /_herstelsite/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n"
        )
    }

    /// The next `generation` event's data; throws when none comes within `timeout` seconds.
    func nextGeneration(timeout: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let generations = received.matches(of: /event: generation\ndata: ([^\n]+)\n\n/).map {
                String($0.1)
            }
            if generations.count > seen {
                seen += 1
                return generations[seen - 1]
            }
            let chunk = try socket.receive()
            guard !chunk.isEmpty else { throw Failure("event stream ended") }
            received += String(decoding: chunk, as: UTF8.self)
        }
        throw Failure("no new generation within \(timeout) s; received: \(received)")
    }

    func close() { socket.close() }
}
