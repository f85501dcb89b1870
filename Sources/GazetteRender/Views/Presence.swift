import GazetteCore
import Mustache

// Mustache looks a name that a context does not have up in the enclosing contexts, so a
// view must never answer `nil` for a name it owns: a story without a cover would show the
// cover of the page around it. Absent values answer `false`, which renders nothing.
//
// Present text is wrapped in `Text`: inside `{{#summary}}…{{/summary}}` the text itself is
// the context, and a plain `String` there would be searched by reflection (`Mirror`) for
// every name looked up inside the section; `Text` answers at once that it has none.

struct Text: MustacheParent, MustacheCustomRenderable, Sendable {
    let value: String

    func child(named: String) -> Any? { nil }
    var renderText: String { value }
    var isNull: Bool { false }
}

func present(_ value: String?) -> Any {
    guard let value, !value.isEmpty else { return false }
    return Text(value: value)
}

func present(_ value: (any MustacheParent)?) -> Any {
    value ?? false
}

/// HTML escaping for templates through `{{% CONTENT_TYPE: GAZETTE_HTML }}`: the same
/// escapes as Mustache's own, with Gazette's fast path for text that needs none.
struct GazetteHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLText.escape(text) }

    static let register: Void = MustacheContentTypes.register(GazetteHTML(), named: "GAZETTE_HTML")
}
