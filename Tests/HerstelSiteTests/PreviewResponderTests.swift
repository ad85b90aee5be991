import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HerstelPreview
@testable import HerstelSite

/// The preview's responder as Hummingbird runs it, through HummingbirdTesting's router
/// framework: requests go through `PreviewResponder` and the application, no socket.
@Suite("Serve: the responder through Hummingbird")
struct PreviewResponderTests {
    static let files = [
        OutputFile(path: "index.html", text: "<!DOCTYPE html><html lang=\"nl\"><body><h1>Herstelopdrachten</h1></body></html>"),
        OutputFile(path: "besturen/index.html", text: "<html><body>Besturen A–Z</body></html>"),
        OutputFile(path: "404.html", text: "<html><body>Pagina niet gevonden</body></html>"),
        OutputFile(path: "assets/herstelsite.css", text: "body{margin:0}"),
    ]

    /// An application whose preview state holds `site`, as `PreviewServer.run` makes it.
    static func application(_ result: Checked<BuiltSite>) async -> some ApplicationProtocol {
        let state = PreviewState()
        await state.publish(PreviewSite(result, generation: await state.nextGeneration()))
        return Application(
            responder: PreviewResponder(
                state: state, contentPath: "/nonexistent-content", against: "/nonexistent-public", hosts: HostCheck(host: "127.0.0.1")))
    }

    static var built: Checked<BuiltSite> {
        .success(BuiltSite(files: files, summary: BuildSummary(schoolYears: 1, boards: 1, reports: 1, drafts: 0, files: files.count)))
    }

    @Test func aPageIsServedWithTheLiveReloadScriptAndNoStore() async throws {
        try await Self.application(Self.built).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                let text = String(buffer: response.body)
                #expect(text.contains("<h1>Herstelopdrachten</h1>"))
                #expect(text.contains("new EventSource"))
                #expect(response.headers[.contentLength] == String(response.body.readableBytes))
            }
            try await client.execute(uri: "/assets/herstelsite.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "body{margin:0}")
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
        }
    }

    @Test func foldersRedirectAndUnknownPathsGetTheSites404Page() async throws {
        try await Self.application(Self.built).test(.router) { client in
            try await client.execute(uri: "/besturen", method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/besturen/")
            }
            try await client.execute(uri: "/besturen/99999/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Pagina niet gevonden"))
            }
            try await client.execute(uri: "/%2e%2e/etc/passwd", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func onlyGetAndHeadAreAnswered() async throws {
        try await Self.application(Self.built).test(.router) { client in
            try await client.execute(uri: "/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/", method: .post, body: ByteBuffer(string: "x")) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test func withContentErrorsEveryPageIsTheDutchErrorPage() async throws {
        let problems = [
            Diagnostic(
                file: "Content/cases/a.md", line: 3, "unknown field 'plaatss'; did you mean 'plaats'?",
                dutch: "Onbekend veld 'plaatss'; is 'plaats' bedoeld?")
        ]
        try await Self.application(.failure(problems)).test(.router) { client in
            for uri in ["/", "/besturen/"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .internalServerError)
                    let text = String(buffer: response.body)
                    #expect(text.contains("<html lang=\"nl\""))
                    #expect(text.contains("Content/cases/a.md:3"))
                    #expect(text.contains("Onbekend veld &apos;plaatss&apos;; is &apos;plaats&apos; bedoeld?"), "\(text)")
                    #expect(!text.contains("<h1>Herstelopdrachten</h1>"), "nothing of the last good build is served")
                }
            }
            try await client.execute(uri: "/feed.xml", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(String(buffer: response.body).contains("Content/cases/a.md:3"))
            }
        }
    }

    @Test func aRequestNamingAnotherHostGetsNothingOfTheSite() async throws {
        try await Self.application(Self.built).test(.router) { client in
            try await client.execute(uri: "/", method: .get, headers: [HTTPField.Name("Host")!: "attacker.example"]) { response in
                #expect(response.status != .ok)
                let text = String(buffer: response.body)
                #expect(!text.contains("Herstelopdrachten"))
                #expect(text.contains("Onbekend adres"))
            }
        }
    }
}
