import Foundation

/// Writes diagnostics the three ways SPEC §2 names: compiler-like text, JSON, GitHub annotations.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github
}

public struct DiagnosticFormatter: Sendable {
    public let format: DiagnosticFormat
    /// Interface language of the messages (`zh` or `en`).
    public let language: String

    public init(format: DiagnosticFormat, language: String) {
        self.format = format
        self.language = language
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch format {
        case .text: return diagnostics.map(text).joined()
        case .json: return json(diagnostics)
        case .github: return diagnostics.map(github).joined()
        }
    }

    private func severityWord(_ severity: Diagnostic.Severity) -> String {
        switch (severity, language.hasPrefix("zh")) {
        case (.error, true): return "错误"
        case (.warning, true): return "警告"
        case (.error, false): return "error"
        case (.warning, false): return "warning"
        }
    }

    private func position(_ d: Diagnostic) -> String {
        d.line > 0 ? "\(d.file):\(d.line):\(d.column)" : d.file
    }

    private func text(_ d: Diagnostic) -> String {
        var out = "\(position(d)): \(severityWord(d.severity)): \(d.message.text(for: language)) [\(d.rule)]\n"
        if let line = d.sourceLine {
            out += "    \(line)\n"
            if d.column > 0 {
                // Han characters take two terminal cells; pad the caret to match.
                let prefix = line.prefix(d.column - 1)
                let width = prefix.reduce(0) { $0 + (CJK.isWide($1) ? 2 : 1) }
                out += "    " + String(repeating: " ", count: width) + "^\n"
            }
        }
        return out
    }

    private func github(_ d: Diagnostic) -> String {
        let level = d.severity == .error ? "error" : "warning"
        var properties = "file=\(escapeProperty(d.file))"
        if d.line > 0 { properties += ",line=\(d.line),col=\(max(d.column, 1))" }
        properties += ",title=\(escapeProperty(d.rule))"
        return "::\(level) \(properties)::\(escapeData(d.message.text(for: language)))\n"
    }

    private func json(_ diagnostics: [Diagnostic]) -> String {
        let rows = diagnostics.map { d in
            "{\"file\":\(JSONText.quote(d.file)),\"line\":\(d.line),\"column\":\(d.column),"
                + "\"severity\":\"\(d.severity.rawValue)\",\"rule\":\(JSONText.quote(d.rule)),"
                + "\"message\":\(JSONText.quote(d.message.text(for: language)))}"
        }
        return "[" + rows.joined(separator: ",\n ") + "]\n"
    }

    // GitHub workflow commands percent-encode these characters.
    private func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
