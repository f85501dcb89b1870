import Mustache

// Mustache looks a name that a context does not have up in the enclosing contexts, so a
// view must never answer `nil` for a name it owns: a story without a cover would show the
// cover of the page around it. Absent values answer `false`, which renders nothing.

func present(_ value: String?) -> Any {
    guard let value, !value.isEmpty else { return false }
    return value
}

func present(_ value: (any MustacheParent)?) -> Any {
    value ?? false
}
