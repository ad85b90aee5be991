import Foundation
import Hummingbird
import Testing

@testable import HerstelPreview
@testable import HerstelSite

/// The preview's pure parts: path resolution, replies, the pages it adds.
@Suite("Serve: paths, replies and live reload without a server")
struct ServeUnitTests {
    static let files: Set<String> = [
        "index.html", "besturen/index.html", "besturen/41234/2022-2023/index.html", "feed.xml",
        "404.html",
    ]

    func resolve(_ target: String) -> PathResolver.Resolution {
        PathResolver.resolve(target) { Self.files.contains($0) }
    }

    @Test func aFolderPathServesItsIndex() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/besturen/") == .file("besturen/index.html"))
        #expect(resolve("/besturen/41234/2022-2023/") == .file("besturen/41234/2022-2023/index.html"))
        #expect(resolve("/besturen/?q=x#top") == .file("besturen/index.html"))
    }

    @Test func aFileIsServedByItsName() {
        #expect(resolve("/feed.xml") == .file("feed.xml"))
        #expect(resolve("/besturen/index.html") == .file("besturen/index.html"))
        #expect(resolve("/%66eed.xml") == .file("feed.xml"))
    }

    @Test func aFolderWithoutSlashRedirectsKeepingTheQuery() {
        #expect(resolve("/besturen") == .redirect("/besturen/"))
        #expect(resolve("/besturen/41234/2022-2023?x=1") == .redirect("/besturen/41234/2022-2023/?x=1"))
    }

    @Test func unknownPathsAreNotFound() {
        #expect(resolve("/besturen/99999/") == .notFound)
        #expect(resolve("/nope") == .notFound)
        #expect(resolve("/feed.xml/") == .notFound)
        #expect(resolve("/%252e%252e/") == .notFound)  // decoded once: a folder literally called "%2e%2e"
    }

    @Test(arguments: [
        "/../Package.swift", "/..", "/besturen/../index.html", "/./index.html", "/%2e%2e/",
        "/%2E%2e/index.html",
        "/besturen/%2e%2e/%2e%2e/etc/passwd", "/.%2e/", "/besturen\\..\\index.html",
        "/%5c..%5cindex.html", "/%5C",
        "/index.html%00", "/%00", "/%0d%0aSet-Cookie:x", "//evil.example/", "/besturen//index.html",
        "/%", "/%zz",
        "/%ff", "index.html", "http://example.org/", "",
    ])
    func trickyPathsAreRejected(_ target: String) {
        #expect(resolve(target) == .invalid)
    }

    @Test func contentTypesFollowTheExtension() {
        #expect(MediaTypes.contentType(for: "a/index.html") == "text/html; charset=utf-8")
        #expect(MediaTypes.contentType(for: "assets/herstelsite.css") == "text/css; charset=utf-8")
        #expect(MediaTypes.contentType(for: "assets/zoeken.js") == "text/javascript; charset=utf-8")
        #expect(MediaTypes.contentType(for: "feed.xml") == "application/xml; charset=utf-8")
        #expect(
            MediaTypes.contentType(for: "open-data/herstelopdrachten.json")
                == "application/json; charset=utf-8")
        #expect(
            MediaTypes.contentType(for: "open-data/herstelopdrachten.csv") == "text/csv; charset=utf-8")
        #expect(MediaTypes.contentType(for: "robots.txt") == "text/plain; charset=utf-8")
        #expect(MediaTypes.contentType(for: "assets/favicon.svg") == "image/svg+xml")
        #expect(MediaTypes.contentType(for: "a/Foto.PNG") == "image/png")
        #expect(MediaTypes.contentType(for: "LICENSE") == "application/octet-stream")
        #expect(MediaTypes.contentType(for: "a.onbekend") == "application/octet-stream")
    }

    @Test func theScriptGoesBeforeTheLastClosingBody() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let result = String(decoding: LiveReload.inject(generation: "g-1", into: html), as: UTF8.self)
        #expect(result.hasPrefix("<html><body><p>&lt;/body&gt;</p><script>"))
        #expect(result.hasSuffix("</script>\n</BODY></html>"))
        #expect(result.contains("var generation = \"g-1\""))
        #expect(result.contains(LiveReload.eventsPath))
    }

    @Test func aPageWithoutBodyGetsTheScriptAtTheEnd() {
        let result = String(
            decoding: LiveReload.inject(generation: "g", into: Array("<p>x</p>".utf8)), as: UTF8.self)
        #expect(result.hasPrefix("<p>x</p><script>"))
    }

    @Test func theBuildItselfHasNoLiveReload() throws {
        guard
            case .success(let built) = Pipeline.build(
                contentPath: Support.packageRoot.appendingPathComponent("Content").path)
        else {
            Issue.record("the sample content should build")
            return
        }
        for file in built.files {
            #expect(
                !String(decoding: file.contents, as: UTF8.self).contains("_herstelsite"), "\(file.path)")
        }
    }

    @Test func theErrorPageIsDutchAndEscapesEverything() {
        let diagnostics = [
            Diagnostic(
                file: "Content/cases/<b>.md", line: 7, "name is \"<script>alert(1)</script>\" & more",
                dutch: "naam is \"<script>alert(1)</script>\" & meer")
        ]
        let html = ErrorPage.html(diagnostics, generation: "x-2")
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("De inhoud bevat 1 fout"))
        #expect(html.contains("<code>Content/cases/&lt;b&gt;.md:7</code>"))
        #expect(html.contains("naam is &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; meer"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("var generation = \"x-2\""))
    }

    @Test func the404PageLinksStayInThePreview() {
        let html = """
            <link rel="canonical" href="https://example.org/h/">
            <a href="https://example.org/h/besturen/">Besturen</a> <img src="https://example.org/h/logo.png">
            <a href="https://example.org/contact">Contact</a>
            """
        let local = NotFoundPage.linkedToPreview(html)
        #expect(local.contains("<a href=\"/besturen/\">"))
        #expect(local.contains("<img src=\"/logo.png\">"))
        #expect(local.contains("<a href=\"https://example.org/contact\">"), "other sites stay as they are")
    }

    // MARK: Replies

    static var builtSite: PreviewSite {
        let files = [
            OutputFile(path: "index.html", text: "<html><body>Home</body></html>"),
            OutputFile(path: "besturen/index.html", text: "<html><body>Besturen</body></html>"),
            OutputFile(path: "404.html", text: "<html><body>Pagina niet gevonden</body></html>"),
            OutputFile(path: "assets/herstelsite.css", text: "body{}"),
        ]
        let summary = BuildSummary(schoolYears: 0, boards: 0, reports: 0, drafts: 0, files: files.count)
        return PreviewSite(.success(BuiltSite(files: files, summary: summary)), generation: "t-1")
    }

    @Test func aPageIsServedWithTheScriptAndNoStore() {
        let reply = Self.builtSite.reply(method: .get, target: "/besturen/")
        #expect(reply.status == .ok)
        #expect(reply.headers[.contentType] == "text/html; charset=utf-8")
        #expect(reply.headers[.cacheControl] == "no-store")
        #expect(reply.text.contains("Besturen"))
        #expect(reply.text.contains("new EventSource"))
        #expect(reply.headers[.contentLength] == String(reply.body.readableBytes))
    }

    @Test func otherFilesAreServedAsBuilt() {
        let reply = Self.builtSite.reply(method: .get, target: "/assets/herstelsite.css")
        #expect(reply.text == "body{}")
        #expect(reply.headers[.contentType] == "text/css; charset=utf-8")
    }

    @Test func headHasTheHeadersOfGetAndNoBody() {
        let get = Self.builtSite.reply(method: .get, target: "/")
        let head = Self.builtSite.reply(method: .head, target: "/")
        #expect(head.status == .ok)
        #expect(head.body.readableBytes == 0)
        #expect(head.headers[.contentLength] == String(get.body.readableBytes))
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options])
    func otherMethodsAreNotAllowed(_ method: HTTPRequest.Method) {
        let reply = Self.builtSite.reply(method: method, target: "/")
        #expect(reply.status == .methodNotAllowed)
        #expect(reply.headers[.allow] == "GET, HEAD")
    }

    @Test func notFoundServesTheSites404Page() {
        let reply = Self.builtSite.reply(method: .get, target: "/bestaat-niet/")
        #expect(reply.status == .notFound)
        #expect(reply.text.contains("Pagina niet gevonden"))
        #expect(reply.text.contains("new EventSource"))
    }

    @Test func aFolderWithoutSlashIsRedirected() {
        let reply = Self.builtSite.reply(method: .get, target: "/besturen")
        #expect(reply.status == .found)
        #expect(reply.headers[.location] == "/besturen/")
    }

    @Test func aBadPathIsABadRequest() {
        #expect(Self.builtSite.reply(method: .get, target: "/%2e%2e/").status == .badRequest)
    }

    @Test func withErrorsEveryPageIsTheErrorPage() {
        let site = PreviewSite(
            .failure([Diagnostic(file: "Content/site.yml", line: 3, "titel is missing", dutch: "titel ontbreekt")]),
            generation: "t-2")
        for target in ["/", "/besturen/", "/besturen", "/bestaat-niet/", "/index.html"] {
            let reply = site.reply(method: .get, target: target)
            #expect(reply.status == .internalServerError, "\(target)")
            #expect(reply.text.contains("Content/site.yml:3"), "\(target)")
            #expect(reply.text.contains("new EventSource"), "\(target)")
        }
        let css = site.reply(method: .get, target: "/assets/herstelsite.css")
        #expect(css.status == .internalServerError)
        #expect(css.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(css.text.contains("Content/site.yml:3: fout: titel ontbreekt"), "\(css.text)")
        #expect(!css.text.contains("missing"))
        #expect(site.reply(method: .get, target: "/../x").status == .badRequest)
    }

    // MARK: State

    @Test func requestsWaitWhileARebuildIsUnderWay() async throws {
        let state = PreviewState()
        await state.publish(Self.builtSite)
        #expect(await state.site()?.generation == "t-1")
        await state.markStale()
        let waiting = Task { await state.site()?.generation }
        try await Task.sleep(for: .milliseconds(50))
        await state.publish(PreviewSite(.failure([]), generation: "t-2"))
        #expect(await waiting.value == "t-2")
    }

    @Test func stoppingReleasesWaitingRequestsAndEndsEventStreams() async throws {
        let state = PreviewState()
        await state.publish(Self.builtSite)
        let (_, events, _) = await state.listen()
        await state.markStale()
        let waiting = Task { await state.site() }
        try await Task.sleep(for: .milliseconds(50))
        await state.stop()
        #expect(await waiting.value == nil)
        #expect(await state.site() == nil, "no build will come any more")
        var count = 0
        for await _ in events { count += 1 }
        #expect(count == 1, "the stream ends after the current generation")
    }

    @Test func aCancelledBuildIsNotWaitedFor() async {
        let task = Task {
            await ContentWatcher.build(contentPath: Support.packageRoot.appendingPathComponent("Content").path, options: .init(), generation: "c-1")
        }
        task.cancel()
        #expect(await task.value.map { _ in true } == nil)
    }

    @Test func aHandoffTakesTheFirstValueWhicheverSideComesFirst() async {
        let early = Handoff<Int>()
        early.deliver(1)
        early.deliver(2)
        #expect(await withCheckedContinuation { early.receive($0) } == 1)
        let late = Handoff<Int>()
        async let value = withCheckedContinuation { late.receive($0) }
        try? await Task.sleep(for: .milliseconds(20))
        late.deliver(3)
        late.deliver(4)
        #expect(await value == 3)
    }

    @Test func listenersHearTheCurrentAndEveryNewGeneration() async {
        let state = PreviewState()
        await state.publish(Self.builtSite)
        let (id, events, _) = await state.listen()
        await state.publish(PreviewSite(.failure([]), generation: "t-2"))
        await state.stopListening(id)
        var seen: [PreviewState.Event] = []
        for await event in events { seen.append(event) }
        #expect(seen == [.generation("t-1"), .generation("t-2")])
        #expect(await state.listenerCount == 0)
    }

    @Test func theFingerprintSeesEditsNewFilesDeletionsAndRenames() throws {
        let folder = try Support.temporaryFolder("serve-fingerprint")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("cases"), withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("cases/a.md")
        try "een".write(to: file, atomically: false, encoding: .utf8)
        var last = ContentFingerprint(of: folder.path)

        func changed() -> Bool {
            let now = ContentFingerprint(of: folder.path)
            defer { last = now }
            return now != last
        }
        #expect(!changed())
        try "twee!".write(to: file, atomically: false, encoding: .utf8)
        #expect(changed())
        try "drie!".write(to: file, atomically: true, encoding: .utf8)  // same size, new inode
        #expect(changed())
        try "x".write(
            to: folder.appendingPathComponent("cases/b.md"), atomically: false, encoding: .utf8)
        #expect(changed())
        try FileManager.default.moveItem(
            at: folder.appendingPathComponent("cases/b.md"),
            to: folder.appendingPathComponent("cases/c.md"))
        #expect(changed())
        try FileManager.default.removeItem(at: folder.appendingPathComponent("cases/c.md"))
        #expect(changed())
        try "swap".write(
            to: folder.appendingPathComponent("cases/.a.md.swp"), atomically: false, encoding: .utf8)
        #expect(!changed(), "hidden files are not content")
    }
}

/// Which Host the preview answers (`HostCheck`), without a server.
@Suite("Serve: the Host check")
struct HostCheckTests {
    @Test func theLoopbackNamesAreAnsweredWithOrWithoutPort() {
        let check = HostCheck(host: "127.0.0.1")
        for host in ["127.0.0.1", "127.0.0.1:8080", "localhost", "LocalHost:8080", "localhost.", "[::1]", "[::1]:8080"] {
            #expect(check.allows(host), "\(host)")
        }
    }

    @Test func anyOtherNameIsRefused() {
        let check = HostCheck(host: "127.0.0.1")
        for host in [
            "evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost.evil.example", "sub.localhost", "10.0.0.1",
            "192.168.1.20:8080", "[::2]:8080", "127.0.0.1:80x", "[::1]x", "", "127.0.0.1 ", "user@127.0.0.1",
        ] {
            #expect(!check.allows(host), "\(host)")
        }
        #expect(!check.allows(nil as String?))
    }

    @Test func theHostGivenIsAnsweredToo() {
        let named = HostCheck(host: "preview.intern.example")
        #expect(named.allows("preview.intern.example:8080"))
        #expect(named.allows("localhost"))
        #expect(!named.allows("other.intern.example"))
        #expect(!named.allows("10.1.2.3"))
        let address = HostCheck(host: "192.168.1.20")
        #expect(address.allows("192.168.1.20:8080"))
        #expect(!address.allows("192.168.1.21:8080"))
        #expect(HostCheck(host: "::1").allows("[::1]:8080"))
    }

    /// Bound to every address, the preview is reached by any of the machine's addresses; an
    /// address written as digits cannot be rebound, a name still can.
    @Test func onAWildcardAddressAnyAddressButNoOtherNameIsAnswered() {
        for wildcard in ["0.0.0.0", "::"] {
            let check = HostCheck(host: wildcard)
            #expect(check.allows("192.168.1.20:8080"))
            #expect(check.allows("[fe80::1]:8080"))
            #expect(!check.allows("evil.example"))
            #expect(!check.allows("999.1.1.1"))
        }
    }

    @Test func theRefusalIsAShortDutchPageWithoutTheSite() {
        let reply = HostCheck.refusal(method: .get)
        #expect(reply.status.code == 421)
        #expect(reply.text.contains("<html lang=\"nl\">") && reply.text.contains("Onbekend adres"))
        #expect(reply.headers[.cacheControl] == "no-store")
        #expect(HostCheck.refusal(method: .head).body.readableBytes == 0)
    }
}
