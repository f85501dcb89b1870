import Foundation

/// Reads files of `content/media/` for the preview, never anything outside it: the path is
/// checked for `..` by the request handler, and here the real path of the file, symbolic
/// links resolved, must still lie inside the media folder.
enum MediaFiles {
    static func read(_ path: String, content: URL) -> [UInt8]? {
        let folder = content.appending(path: "media").resolvingSymlinksInPath().path
        let file = content.appending(path: path).resolvingSymlinksInPath()
        guard file.path.hasPrefix(folder + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = try? Data(contentsOf: file)
        else { return nil }
        return Array(data)
    }
}

/// The site path a request names, or `nil` when it tries to leave the site: percent-decoded
/// once, and refused if any segment is `..` or `.`, or it holds a NUL or a backslash
/// (which some file systems take for a separator).
enum RequestPath {
    static func sitePath(_ rawPath: String) -> String? {
        let withoutQuery = String(rawPath.prefix { $0 != "?" && $0 != "#" })
        guard withoutQuery.hasPrefix("/"), let decoded = withoutQuery.removingPercentEncoding else { return nil }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        // Collapse doubled slashes; keep a trailing one, which means "the folder's page".
        let path = segments.filter { !$0.isEmpty }.joined(separator: "/")
        return decoded.hasSuffix("/") && !path.isEmpty ? path + "/" : path
    }
}
