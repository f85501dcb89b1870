import Foundation
import GazetteTestSupport

// Writes a synthetic site for benchmarks: `gazette-sitegen DIR STORIES`.
let arguments = CommandLine.arguments
guard arguments.count == 3, let stories = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: gazette-sitegen DIR STORIES\n".utf8))
    exit(2)
}
try SiteGenerator.generate(into: URL(fileURLWithPath: arguments[1]), stories: stories)
