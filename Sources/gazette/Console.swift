import Foundation
import GazetteCore

/// Printing for the commands, in the user's language: Chinese when the locale says so
/// (`LANG=zh_CN.UTF-8`) or `GAZETTE_LANG=zh`, English otherwise.
enum Console {
    static let language: String = {
        let environment = ProcessInfo.processInfo.environment
        let setting = environment["GAZETTE_LANG"] ?? environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
        return setting.lowercased().hasPrefix("zh") ? "zh" : "en"
    }()

    /// Unbuffered, so a log that another program reads (the preview's address) arrives at once.
    static func say(zh: String, en: String) {
        FileHandle.standardOutput.write(Data(((language == "zh" ? zh : en) + "\n").utf8))
    }

    static func fail(zh: String, en: String) {
        FileHandle.standardError.write(Data(((language == "zh" ? zh : en) + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic], format: DiagnosticFormat = .text) {
        guard !diagnostics.isEmpty || format == .json else { return }
        let text = DiagnosticFormatter(format: format, language: language).render(diagnostics)
        if format == .text {
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            print(text, terminator: "")
        }
    }

    static func summary(_ diagnostics: [Diagnostic]) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        guard errors + warnings > 0 else { return }
        fail(zh: "共 \(errors) 个错误，\(warnings) 个警告", en: "\(errors) error(s), \(warnings) warning(s)")
    }

    /// A path given on the command line, relative to the working directory.
    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
