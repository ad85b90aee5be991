import Foundation
import HerstelSite
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `herstelsite serve`: builds the site in memory, serves it with Hummingbird, rebuilds
/// when Content/ changes and makes open pages reload. Never writes `public/`.
public enum PreviewServer {
    public struct Configuration: Sendable {
        public var contentPath: String
        public var host: String
        public var port: Int
        public var drafts: Bool
        public var pollInterval: Duration
        /// The earlier build that `/_wijzigingen/` compares with.
        public var against: String

        public init(
            contentPath: String, host: String = "127.0.0.1", port: Int = 8080, drafts: Bool = false,
            pollInterval: Duration = .milliseconds(300), against: String = "public"
        ) {
            self.against = against
            self.contentPath = contentPath
            self.host = host
            self.port = port
            self.drafts = drafts
            self.pollInterval = pollInterval
        }
    }

    /// What the command line tells the reviewer.
    public enum Message: Sendable {
        case listening(url: String)
        /// A build finished; `site.diagnostics` is empty when it succeeded.
        case built(PreviewSite, seconds: Double, rebuild: Bool)
    }

    public enum StartError: Error, CustomStringConvertible {
        case contentNotFound(String)
        case server(host: String, port: Int, reason: String)

        public var description: String {
            switch self {
            case .contentNotFound(let path):
                "\(path): error: content folder not found; run in the folder that holds Content/ or pass --content DIR"
            case .server(let host, let port, let reason):
                "error: cannot serve the preview on \(host):\(port): \(reason)"
            }
        }
    }

    /// Runs until SIGINT or SIGTERM, then shuts down gracefully (open live-reload
    /// connections are ended first) and returns.
    public static func run(
        _ configuration: Configuration, report: @escaping @Sendable (Message) -> Void
    ) async throws {
        var isDirectory: ObjCBool = false
        guard
            FileManager.default.fileExists(atPath: configuration.contentPath, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw StartError.contentNotFound(configuration.contentPath)
        }
        let state = PreviewState()
        let watcher = ContentWatcher(
            contentPath: configuration.contentPath, options: Pipeline.Options(drafts: configuration.drafts), state: state,
            interval: configuration.pollInterval
        ) { site, elapsed, rebuild in
            report(.built(site, seconds: seconds(elapsed), rebuild: rebuild))
        }
        var logger = Logger(label: "herstelsite.serve")
        logger.logLevel = .warning
        let host = configuration.host
        let app = Application(
            responder: PreviewResponder(
                state: state, contentPath: configuration.contentPath, against: configuration.against, hosts: HostCheck(host: host)),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                report(.listening(url: "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"))
            },
            logger: logger
        )
        // What `app.runService()` does, with the watcher added after the server: a group
        // stops its services last to first, so on Ctrl-C the watcher stops first (without
        // waiting for a build under way) and releases waiting requests, then the server
        // ends the live-reload streams and stops.
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw StartError.server(
                host: host, port: configuration.port, reason: "the port is in use; pass --port with another number, or --port 0 for a free one")
        } catch let error as IOError {
            throw StartError.server(host: host, port: configuration.port, reason: "\(error)")
        } catch {
            throw StartError.server(host: host, port: configuration.port, reason: String(describing: error))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Answers every request from the current `PreviewSite`; the events path streams
/// build generations to the live-reload script. A request for another host than the
/// preview's own gets nothing of either (`HostCheck`).
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let state: PreviewState
    let contentPath: String
    let against: String
    let hosts: HostCheck

    func respond(to request: Request, context: Context) async throws -> Response {
        guard hosts.allows(request.head) else {
            let reply = HostCheck.refusal(method: request.method)
            return Response(status: reply.status, headers: reply.headers, body: ResponseBody(byteBuffer: reply.body))
        }
        let target = request.head.path ?? "/"
        let path = PathResolver.split(target).path
        if request.method == .get, path == LiveReload.eventsPath {
            return events()
        }
        guard let site = await state.site() else {
            return Response(status: .serviceUnavailable, headers: [.cacheControl: "no-store"])
        }
        var reply = site.reply(method: request.method, target: target)
        if path == ChangesPage.path || path + "/" == ChangesPage.path, site.diagnostics.isEmpty {
            if path == ChangesPage.path {
                let (contentPath, against, generation) = (self.contentPath, self.against, site.generation)
                let page = await state.changesPage(generation: generation) {
                    ChangesPage.make(contentPath: contentPath, against: against, generation: generation)
                }
                reply = PreviewSite.page(page, method: request.method)
            } else {
                reply = PreviewSite.redirect(to: ChangesPage.path)
            }
        }
        return Response(
            status: reply.status, headers: reply.headers, body: ResponseBody(byteBuffer: reply.body))
    }

    /// Server-sent events. The stream ends when the client goes away (the next write fails;
    /// a ping every ten seconds makes sure there is one) or when the server shuts down.
    func events() -> Response {
        let state = self.state
        let body = ResponseBody { writer in
            let (id, events, continuation) = await state.listen()
            do {
                try await withGracefulShutdownHandler {
                    try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                    for await event in events {
                        switch event {
                        case .generation(let generation):
                            try await writer.write(
                                ByteBuffer(string: "event: generation\ndata: \(generation)\n\n"))
                        case .ping:
                            try await writer.write(ByteBuffer(string: ": ping\n\n"))
                        }
                    }
                } onGracefulShutdown: {
                    continuation.finish()
                }
            } catch {
                await state.stopListening(id)
                throw error
            }
            await state.stopListening(id)
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                .xContentTypeOptions: "nosniff",
            ],
            body: body)
    }
}
