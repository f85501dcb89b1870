import Foundation

/// The browsers listening for server-sent events: each open page holds one stream.
actor ReloadHub {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false

    /// A new listener's stream of events, already in SSE wire form.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        if closed {
            continuation.finish()
            return stream
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    private func remove(_ id: UUID) { listeners[id] = nil }

    var count: Int { listeners.count }

    func send(_ event: String, data: String) {
        let message = "event: \(event)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
        for continuation in listeners.values { continuation.yield(message) }
    }

    /// Ends every stream, so the server can shut down without waiting for open pages.
    func close() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }
}
