import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 client over a plain socket, for talking to `gazette serve` in tests
/// exactly as written — no URL normalisation, so `..` reaches the server as sent.
public struct HTTPProbe {
    public struct Reply {
        public let status: Int
        public let headers: [String: String]
        public let body: Data

        public var text: String { String(decoding: body, as: UTF8.self) }
        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    public let port: Int

    public init(port: Int) { self.port = port }

    public func request(_ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> Reply {
        let socket = try Self.connect(port: port, timeoutSeconds: 10)
        defer { close(socket) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        try Self.send(socket, head + "\r\n")
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        // Read until the response is complete by its own framing, not until the server
        // closes: a keep-alive server may hold the connection open.
        while !Self.isComplete(data, method: method) {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try Self.parse(data, method: method)
    }

    static func isComplete(_ data: Data, method: String) -> Bool {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)), let reply = try? parse(data, method: method) else { return false }
        if method == "HEAD" || reply.status == 304 || reply.status == 204 || (100..<200).contains(reply.status) { return true }
        if let length = reply.header("content-length").flatMap(Int.init) { return data.count - split.upperBound >= length }
        if reply.header("transfer-encoding") == "chunked" { return data.suffix(5) == Data("0\r\n\r\n".utf8) }
        return false
    }

    static func parse(_ data: Data, method: String) throws -> Reply {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw ProbeError.malformed }
        let lines = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { throw ProbeError.malformed }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: Data) -> Data {
        var out = Data(), rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) ?? 0
            if size == 0 { break }
            let start = lineEnd.upperBound
            out.append(rest[start..<min(start + size, rest.endIndex)])
            rest = rest[min(start + size + 2, rest.endIndex)...]
        }
        return out
    }

    static func connect(port: Int, timeoutSeconds: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw ProbeError.cannotConnect
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(fd, bytes, bytes.count, 0) == bytes.count else { throw ProbeError.cannotSend }
    }

    public enum ProbeError: Error { case malformed, cannotConnect, cannotSend, timedOut }
}

/// An open server-sent event stream: reads events as they come.
public final class EventStream {
    private let fd: Int32
    private var pending = ""

    public init(port: Int, path: String) throws {
        fd = try HTTPProbe.connect(port: port, timeoutSeconds: 1)
        try HTTPProbe.send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    }

    deinit { close(fd) }

    /// Waits for the next event named `name`, returning its data; `nil` after `seconds`.
    public func next(_ name: String, within seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 8192)
        while Date() < deadline {
            while let end = pending.range(of: "\n\n") {
                let block = String(pending[..<end.lowerBound])
                pending = String(pending[end.upperBound...])
                let lines = block.components(separatedBy: "\n")
                let event = lines.first { $0.hasPrefix("event: ") }.map { String($0.dropFirst(7)) }
                if event == name {
                    return lines.filter { $0.hasPrefix("data: ") || $0 == "data:" }.map { String($0.dropFirst(6)) }.joined(separator: "\n")
                }
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 { pending += String(decoding: buffer[0..<count], as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n") }
            if count == 0 { return nil }
        }
        return nil
    }
}

/// `gazette serve` running on a free port, stopped when released.
public final class ServeProcess {
    public let process = Process()
    public let port: Int
    private let output = Pipe()
    public private(set) var log = ""

    public init(site: URL, arguments: [String] = []) throws {
        process.executableURL = GazetteCommand.executable
        process.arguments = ["serve", "--site", site.path, "--port", "0"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GAZETTE_LANG"] = "en"
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        var found: Int?
        while found == nil, Date() < deadline, process.isRunning {
            let chunk = output.fileHandleForReading.availableData
            log += String(decoding: chunk, as: UTF8.self)
            if let range = log.range(of: #"serving at http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                found = Int(log[range].split(separator: ":").last!.dropLast())
            }
        }
        guard let found else {
            process.terminate()
            throw HTTPProbe.ProbeError.timedOut
        }
        port = found
    }

    public var probe: HTTPProbe { HTTPProbe(port: port) }

    /// Sends SIGINT, as Ctrl-C does, and waits up to `seconds` for the exit status.
    public func interrupt(within seconds: Double = 10) -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
