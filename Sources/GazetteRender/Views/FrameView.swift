import Mustache

/// What the base layout places around every page: head metadata, header, navigation,
/// language switch, footer. The page's own view is `main`.
struct FrameView: MustacheParent {
    /// The `lang` attribute (`zh-CN`, `en`).
    let lang: String
    let dir: String
    /// Interface strings of the page's language.
    let t: [String: String]
    let siteTitle: String
    /// The `<title>`: page title and site title.
    let documentTitle: String
    let description: String
    let canonical: String
    let alternates: [AlternateView]
    let languageLinks: [LinkView]
    let navigation: [LinkView]
    let breadcrumbs: [LinkView]
    let footer: [LabelledValue]
    /// Standalone pages (about, contact) linked from every footer.
    let footerPages: [LinkView]
    let footerNote: String
    let meta: [MetaView]
    let openGraph: [MetaView]
    let homeURL: String
    let searchURL: String
    let feedURL: String
    let stylesheetURL: String
    let scriptURL: String
    let bodyClass: String
    let main: any MustacheParent

    func child(named name: String) -> Any? {
        switch name {
        case "lang": present(lang)
        case "dir": dir
        case "t": t
        case "siteTitle": siteTitle
        case "documentTitle": documentTitle
        case "description": description
        case "canonical": canonical
        case "alternates": alternates
        case "hasLanguageLinks": languageLinks.count > 1
        case "languageLinks": languageLinks
        case "navigation": navigation
        case "breadcrumbs": breadcrumbs
        case "hasBreadcrumbs": !breadcrumbs.isEmpty
        case "footerPages": footerPages
        case "footer": footer
        case "footerNote": footerNote
        case "meta": meta
        case "openGraph": openGraph
        case "homeURL": homeURL
        case "searchURL": searchURL
        case "feedURL": feedURL
        case "stylesheetURL": stylesheetURL
        case "scriptURL": scriptURL
        case "bodyClass": bodyClass
        case "main": main
        default: nil
        }
    }
}
