import Foundation
import GazetteCore
import GazetteRender
import Hummingbird
import Logging
import ServiceLifecycle

/// `gazette serve`: builds the site with drafts, serves it from memory, watches the files
/// and rebuilds what changed, telling open pages to reload.
///
/// Hummingbird is the HTTP server: it is maintained, built on SwiftNIO, streams response
/// bodies (server-sent events need that) and shuts down cleanly on SIGINT/SIGTERM through
/// swift-service-lifecycle.
public struct PreviewServer: Sendable {
    public let site: URL
    public let host: String
    public let port: Int
    /// Called once the server listens, with the address it serves (for `--port 0`).
    public let onReady: @Sendable (String) -> Void
    /// Called after each rebuild with what it found.
    public let onRebuild: @Sendable (_ changed: Set<String>, _ diagnostics: [Diagnostic], _ milliseconds: Int) -> Void

    public init(
        site: URL, host: String, port: Int, onReady: @escaping @Sendable (String) -> Void,
        onRebuild: @escaping @Sendable (Set<String>, [Diagnostic], Int) -> Void
    ) {
        self.site = site
        self.host = host
        self.port = port
        self.onReady = onReady
        self.onRebuild = onRebuild
    }

    public func run() async throws {
        let hub = ReloadHub()
        let listener = try Listener(host: host, port: port)
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(listener.port)/"
        let session = SiteSession(site: site, baseURL: address)
        let started = ContinuousClock.now
        await session.rebuildAll()
        onRebuild([], await session.buildDiagnostics, Self.milliseconds(since: started))

        let responder = PreviewResponder(session: session, hub: hub)
        var logger = Logger(label: "gazette.serve")
        logger.logLevel = .warning
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await responder.respond(to: request) },
            configuration: .init(address: .hostname(host, port: listener.port), serverName: "Gazette", reuseAddress: true),
            services: [WatchService(site: site, session: session, hub: hub, onRebuild: onRebuild)],
            onServerRunning: { _ in onReady(address) },
            logger: logger)
        listener.release()
        try await app.runService()
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}

/// Runs the watcher for as long as the server runs, and closes the event streams on
/// shutdown so Ctrl-C does not wait for open pages.
struct WatchService: Service {
    let site: URL
    let session: SiteSession
    let hub: ReloadHub
    let onRebuild: @Sendable (Set<String>, [Diagnostic], Int) -> Void

    func run() async throws {
        let changes = SiteWatcher(root: site).changes()
        await withGracefulShutdownHandler {
            for await batch in changes.cancelOnGracefulShutdown() {
                let started = ContinuousClock.now
                let outcome = await session.apply(batch)
                let elapsed = PreviewServer.milliseconds(since: started)
                switch outcome {
                case .unchanged: continue
                case .reload:
                    await hub.send("ok", data: "")
                    await hub.send("reload", data: String(elapsed))
                case .stylesheet:
                    await hub.send("stylesheet", data: String(elapsed))
                case .failed(let errors):
                    await hub.send("errors", data: PreviewResponder.json(errors))
                }
                onRebuild(batch, await session.buildDiagnostics, elapsed)
            }
        } onGracefulShutdown: {
            Task { await hub.close() }
        }
    }
}

extension SiteSession {
    /// The diagnostics of the current state: the errors of a failed rebuild, else the
    /// warnings of the last good one.
    var buildDiagnostics: [Diagnostic] { errors.isEmpty ? (built?.warnings ?? []) : errors }
}

/// Finds the port before the server starts, so the site can be built with its own
/// address as base URL; `--port 0` asks the system for a free one.
struct Listener {
    let port: Int
    private let descriptor: Int32

    init(host: String, port: Int) throws {
        let ipv4 = host == "localhost" ? "127.0.0.1" : host
        guard inet_addr(ipv4) != INADDR_NONE || ipv4 == "255.255.255.255" else {
            // A name or an IPv6 address: let the server bind it as given.
            descriptor = -1
            self.port = port
            return
        }
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(ipv4)
        var reuse: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            close(socketDescriptor)
            throw ListenerError.cannotBind(host, port, reason)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketDescriptor, $0, &length) }
        }
        descriptor = socketDescriptor
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    func release() { if descriptor >= 0 { close(descriptor) } }
}

public enum ListenerError: Error, CustomStringConvertible {
    case cannotBind(String, Int, String)

    public var description: String {
        switch self {
        case .cannotBind(let host, let port, let reason): "cannot listen on \(host):\(port): \(reason)"
        }
    }
}
