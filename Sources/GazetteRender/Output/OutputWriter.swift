import CAtomicSwap
import Foundation
import GazetteCore

/// Writes a finished site so that the previous one stays whole until the new one is
/// complete: everything goes into a staging folder beside the output, which then
/// replaces the output in one rename (Linux `renameat2(RENAME_EXCHANGE)`).
public struct OutputWriter: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case io(String, Int32)

        public var description: String {
            switch self {
            case .io(let path, let code): "\(path): \(String(cString: strerror(code)))"
            }
        }
    }

    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Writes `files` (output path → bytes) and copies `copies` (output path → source file),
    /// then swaps the result into place.
    public func write(files: [(String, [UInt8])], copies: [(String, URL)]) throws {
        let parent = output.deletingLastPathComponent()
        let staging = parent.appending(path: ".\(output.lastPathComponent).tmp-\(getpid())")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try makeFolders(for: files.map(\.0) + copies.map(\.0), in: staging)
            let failures = Parallel.map(files) { path, bytes in Self.writeFile(staging.appending(path: path).path, bytes) }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            for (path, source) in copies {
                try FileManager.default.copyItem(at: source, to: staging.appending(path: path))
            }
            try swapIntoPlace(staging)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    private func makeFolders(for paths: [String], in root: URL) throws {
        let folders = Set(paths.compactMap { path -> String? in
            guard let slash = path.lastIndex(of: "/") else { return nil }
            return String(path[..<slash])
        })
        for folder in folders.sorted() {
            try FileManager.default.createDirectory(at: root.appending(path: folder), withIntermediateDirectories: true)
        }
    }

    /// One open, write, close per file.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> Failure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .io(path, errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                return .io(path, errno)
            }
            written += result
        }
        return nil
    }

    private func swapIntoPlace(_ staging: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            guard rename(staging.path, output.path) == 0 else { throw Failure.io(output.path, errno) }
            return
        }
        if gazette_exchange_paths(staging.path, output.path) == 0 {
            // The staging path now holds the previous site.
            try? manager.removeItem(at: staging)
            return
        }
        // No atomic exchange here (another OS or file system): move the old site aside
        // first, so that at every moment one complete site exists on disk.
        let previous = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).old-\(getpid())")
        try? manager.removeItem(at: previous)
        guard rename(output.path, previous.path) == 0 else { throw Failure.io(output.path, errno) }
        guard rename(staging.path, output.path) == 0 else {
            _ = rename(previous.path, output.path)
            throw Failure.io(output.path, errno)
        }
        try? manager.removeItem(at: previous)
    }
}

/// `write(2)`, named apart from `OutputWriter.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
