import Foundation
import GazetteCore
import Hummingbird
import ServiceLifecycle

/// Answers the preview's HTTP requests: pages, feeds, theme files and media from the
/// session's in-memory site; the live-reload script and event stream; redirects from
/// `/a` to `/a/`; 404 with the site's own 404 page. GET and HEAD only.
struct PreviewResponder: Sendable {
    let session: SiteSession
    let hub: ReloadHub

    func respond(to request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            return Response(status: .methodNotAllowed, headers: headers)
        }
        let response = await answer(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func answer(_ request: Request) async -> Response {
        guard let path = RequestPath.sitePath(request.uri.path) else {
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "bad path\n")))
        }
        if path == LiveReload.eventsPath { return await events() }
        if path == LiveReload.scriptPath {
            return send(Resource(bytes: Array(LiveReload.script.utf8), type: MediaType.of("x.js")), request: request, status: .ok)
        }
        switch await session.resource(at: path) {
        case .found(let resource):
            return send(resource, request: request, status: .ok)
        case .redirect(let location):
            var headers = HTTPFields()
            headers[.location] = location
            return Response(status: .movedPermanently, headers: headers)
        case .missing:
            guard let page = await session.notFoundPage(for: path) else {
                return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: "404 Not Found\n")))
            }
            return send(page, request: request, status: .notFound)
        }
    }

    private func send(_ resource: Resource, request: Request, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = resource.type
        headers[.eTag] = resource.etag
        // A preview is always current: revalidate every time, answer 304 when unchanged.
        headers[.cacheControl] = "no-cache"
        if status == .ok, let asked = request.headers[.ifNoneMatch],
            asked.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == resource.etag || $0 == "*" }) {
            return Response(status: .notModified, headers: headers)
        }
        let bytes = resource.type.hasPrefix("text/html") ? LiveReload.inject(into: resource.bytes) : resource.bytes
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The server-sent event stream of one open page.
    private func events() async -> Response {
        let stream = await hub.listen()
        let errors = await session.errors
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        let body = ResponseBody { writer in
            // A page opened while the build is broken shows the errors at once.
            var greeting = "retry: 1000\nevent: hello\ndata: ok\n\n"
            if !errors.isEmpty { greeting += "event: errors\ndata: \(Self.json(errors))\n\n" }
            try await writer.write(ByteBuffer(string: greeting))
            // Ends when the server shuts down, so Ctrl-C never waits for an open page.
            for await message in stream.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: message))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Diagnostics for the overlay: both languages, the page picks its own.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        "[" + diagnostics.map { d in
            "{\"file\":\(JSONText.quote(d.file)),\"line\":\(d.line),\"column\":\(d.column),\"rule\":\(JSONText.quote(d.rule)),"
                + "\"zh\":\(JSONText.quote(d.message.zh)),\"en\":\(JSONText.quote(d.message.en)),"
                + "\"source\":\(JSONText.quote(d.sourceLine ?? ""))}"
        }.joined(separator: ",") + "]"
    }
}
