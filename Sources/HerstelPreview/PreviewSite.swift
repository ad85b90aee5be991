import HerstelSite
import Hummingbird

/// One generation of the preview: the built files ready to serve, or the errors that
/// stopped the build. Made once per build, so a request only looks things up.
public struct PreviewSite: Sendable {
    struct File: Sendable {
        /// As built, to tell whether the next build changed it.
        var built: [UInt8]
        var body: ByteBuffer
        var contentType: String
        /// Pages get the live-reload script of their generation when served.
        var isPage: Bool
    }

    enum State: Sendable {
        case built([String: File], BuildSummary)
        case failed([Diagnostic], page: ByteBuffer, text: ByteBuffer)
    }

    /// Changes with every build and with every start of the server; pages carry it to
    /// know when they are out of date.
    public let generation: String
    let state: State
    /// What the build found worth telling: said again after every build, like a compiler.
    public let warnings: [Diagnostic]

    /// With the `previous` generation, files the build did not change are taken over as they are.
    public init(_ result: Checked<BuiltSite>, generation: String, previous: PreviewSite? = nil) {
        self.generation = generation
        switch result {
        case .success(let built):
            warnings = built.warnings
            var earlier: [String: File] = [:]
            if let previous, case .built(let files, _) = previous.state { earlier = files }
            var files: [String: File] = [:]
            files.reserveCapacity(built.files.count)
            for file in built.files {
                if let known = earlier[file.path], known.built == file.contents {
                    files[file.path] = known
                    continue
                }
                var contents = file.contents
                if file.path == "404.html" { contents = Array(NotFoundPage.linkedToPreview(String(decoding: contents, as: UTF8.self)).utf8) }
                let type = MediaTypes.contentType(for: file.path)
                files[file.path] = File(
                    built: file.contents, body: ByteBuffer(bytes: contents), contentType: type, isPage: type.hasPrefix("text/html"))
            }
            state = .built(files, built.summary)
        case .failure(let diagnostics):
            warnings = diagnostics.warnings
            state = .failed(
                diagnostics,
                page: ByteBuffer(string: ErrorPage.html(diagnostics, generation: generation)),
                text: ByteBuffer(string: ErrorPage.text(diagnostics)))
        }
    }

    /// Empty when the site was built.
    public var diagnostics: [Diagnostic] {
        if case .failed(let diagnostics, _, _) = state { return diagnostics }
        return []
    }

    public var summary: BuildSummary? {
        if case .built(_, let summary) = state { return summary }
        return nil
    }
}

/// A reply to one request, as plain data so it can be tested without a server.
public struct PreviewReply: Sendable {
    public var status: HTTPResponse.Status
    public var headers: HTTPFields
    public var body: ByteBuffer

    public var text: String { String(buffer: body) }
}

extension PreviewSite {
    /// Only GET and HEAD; every path is resolved against the in-memory files alone.
    /// While the content has errors, every page is the error page, with status 500.
    public func reply(method: HTTPRequest.Method, target: String) -> PreviewReply {
        var reply = replyToGet(method: method, target: target)
        reply.headers[.contentLength] = String(reply.body.readableBytes)
        reply.headers[.cacheControl] = "no-store"
        reply.headers[.xContentTypeOptions] = "nosniff"
        if method == .head { reply.body = ByteBuffer() }
        return reply
    }

    private func replyToGet(method: HTTPRequest.Method, target: String) -> PreviewReply {
        guard method == .get || method == .head else {
            var reply = Self.text(.methodNotAllowed, "Alleen GET en HEAD zijn toegestaan.\n")
            reply.headers[.allow] = "GET, HEAD"
            return reply
        }
        switch state {
        case .failed(_, let page, let text):
            guard PathResolver.resolve(target, exists: { _ in false }) != .invalid else {
                return Self.invalidPath
            }
            let type = MediaTypes.contentType(for: String(PathResolver.split(target).path))
            let isPage = type.hasPrefix("text/html") || type == "application/octet-stream"
            return isPage
                ? PreviewReply(
                    status: .internalServerError, headers: [.contentType: "text/html; charset=utf-8"],
                    body: page)
                : PreviewReply(
                    status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                    body: text)

        case .built(let files, _):
            switch PathResolver.resolve(target, exists: { files[$0] != nil }) {
            case .file(let path):
                let file = files[path]!
                return PreviewReply(status: .ok, headers: [.contentType: file.contentType], body: served(file))
            case .redirect(let location):
                var reply = Self.text(.found, "Deze pagina staat op \(location)\n")
                reply.headers[.location] = location
                return reply
            case .notFound:
                guard let page = files["404.html"] else {
                    return Self.text(.notFound, "Pagina niet gevonden.\n")
                }
                return PreviewReply(
                    status: .notFound, headers: [.contentType: page.contentType], body: served(page))
            case .invalid:
                return Self.invalidPath
            }
        }
    }

    /// A file as served: a page with the live-reload script of this generation.
    private func served(_ file: File) -> ByteBuffer {
        guard file.isPage else { return file.body }
        return ByteBuffer(bytes: LiveReload.inject(generation: generation, into: Array(buffer: file.body)))
    }

    static let invalidPath = text(.badRequest, "Ongeldig pad.\n")

    /// A page the preview makes itself (`/_wijzigingen/`).
    static func page(_ html: String, method: HTTPRequest.Method) -> PreviewReply {
        let body = ByteBuffer(string: html)
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .xContentTypeOptions: "nosniff"]
        headers[.contentLength] = String(body.readableBytes)
        return PreviewReply(status: .ok, headers: headers, body: method == .head ? ByteBuffer() : body)
    }

    static func redirect(to location: String) -> PreviewReply {
        var reply = text(.found, "Deze pagina staat op \(location)\n")
        reply.headers[.location] = location
        reply.headers[.contentLength] = String(reply.body.readableBytes)
        reply.headers[.cacheControl] = "no-store"
        return reply
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> PreviewReply {
        PreviewReply(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ByteBuffer(string: text))
    }
}
