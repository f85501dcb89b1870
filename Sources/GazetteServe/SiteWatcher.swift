import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches `content/` and `site-templates/` and yields batches of changed paths (relative to
/// the site folder). Editors write a file in bursts — truncate, write, rename, touch — so
/// events are gathered until the folder has been quiet for `quiet`, then sent as one batch.
/// On Linux it uses inotify, adding watches for folders created later; elsewhere it polls.
final class SiteWatcher: @unchecked Sendable {
    let root: URL
    let folders: [String]
    let quiet: Duration

    init(root: URL, folders: [String] = ["content", "site-templates"], quiet: Duration = .milliseconds(30)) {
        self.root = root.standardizedFileURL
        self.folders = folders
        self.quiet = quiet
    }

    func changes() -> AsyncStream<Set<String>> {
        AsyncStream { continuation in
            let thread = Thread { [self] in
                #if os(Linux)
                watchWithInotify(continuation)
                #else
                watchByPolling(continuation)
                #endif
            }
            thread.name = "gazette-watcher"
            thread.start()
        }
    }

    /// Paths that are never content: editor swap and backup files.
    static func isNoise(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
    }

    #if os(Linux)
    private func watchWithInotify(_ continuation: AsyncStream<Set<String>>.Continuation) {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return watchByPolling(continuation) }
        var folderOf: [Int32: String] = [:]
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)

        func watch(_ relative: String) {
            let wd = inotify_add_watch(fd, root.appending(path: relative).path, mask)
            guard wd >= 0 else { return }
            folderOf[wd] = relative
            // Watch what is already inside too: a folder may arrive with files in it.
            let url = root.appending(path: relative)
            let children = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey])) ?? []
            for child in children.sorted(by: { $0.path < $1.path }) {
                let values = try? child.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
                if values?.isDirectory == true, values?.isSymbolicLink != true, !Self.isNoise(child.lastPathComponent) {
                    watch(relative + "/" + child.lastPathComponent)
                }
            }
        }
        // The site folder itself, for `site-templates/` or `content/` created after the start.
        let rootWatch = inotify_add_watch(fd, root.path, UInt32(IN_CREATE | IN_MOVED_TO))
        for folder in folders { watch(folder) }

        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending: Set<String> = []
        while true {
            // Wait without limit for the first event of a burst, then `quiet` for each next one.
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let timeout = pending.isEmpty ? -1 : Int32(quiet.components.attoseconds / 1_000_000_000_000_000 + quiet.components.seconds * 1000)
            let ready = poll(&poller, 1, timeout)
            if ready == 0 {
                continuation.yield(pending)
                pending = []
                continue
            }
            if ready < 0 { if errno == EINTR { continue } else { break } }
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (wd, eventMask, length) = buffer.withUnsafeBytes { raw in
                    (raw.load(fromByteOffset: offset, as: Int32.self),
                     raw.load(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += 16 + length
                if wd == rootWatch {
                    if folders.contains(name), eventMask & UInt32(IN_ISDIR) != 0 {
                        watch(name)
                        pending.insert(name + "/")
                    }
                    continue
                }
                guard let folder = folderOf[wd], !name.isEmpty, !Self.isNoise(name) else { continue }
                let path = folder + "/" + name
                if eventMask & UInt32(IN_ISDIR) != 0 {
                    if eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watch(path) }
                    pending.insert(path + "/")
                } else {
                    pending.insert(path)
                }
            }
        }
        close(fd)
        continuation.finish()
    }
    #endif

    /// Compares modification times every 300 ms: for systems without inotify.
    private func watchByPolling(_ continuation: AsyncStream<Set<String>>.Continuation) {
        var previous = scan()
        while true {
            Thread.sleep(forTimeInterval: 0.3)
            let current = scan()
            let changed = Set(current.keys.filter { current[$0] != previous[$0] }).union(previous.keys.filter { current[$0] == nil })
            if !changed.isEmpty { continuation.yield(changed) }
            previous = current
        }
    }

    private func scan() -> [String: Date] {
        var times: [String: Date] = [:]
        for folder in folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let url as URL in walker {
                let relative = folder + "/" + url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)
                times[relative] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
            }
        }
        return times
    }
}
