import Mustache
import Synchronization

/// What every page has: the layout around its content, its title, breadcrumbs and menu.
extension SiteRenderer {
    struct Page {
        var path: String
        var title: String
        /// The last step of the breadcrumb trail; the title when nil.
        var crumb: String? = nil
        var description: String
        var template: String
        var context: TemplateObject
        var breadcrumbs: [(label: String, path: String)] = []
        var nav: String? = nil
        var draft: String? = nil
        var scripts: [String] = []
        /// Kept out of search engines: a withdrawal notice.
        var noindex = false
    }

    func html(_ page: Page) -> OutputFile {
        // The 404 page is served at any depth, so it links absolutely and carries its own styles;
        // an offline copy has no server and no network, so there it links relatively like the rest.
        let isNotFound = page.path == "404.html"
        let root = isNotFound ? (offline ? "" : site.settings.baseURL) : SitePath.root(of: page.path)
        let file = page.path.hasSuffix(".html") ? page.path : page.path + "index.html"
        var context = page.context
        context["root"] = .text(root)
        context["site"] = siteContext
        context["pageTitle"] = .text(page.title)
        context["crumb"] = .text(page.crumb ?? page.title)
        let content = rendered(context, page.template, at: file + "\u{0}content")
        context["content"] = .text(String(decoding: content, as: UTF8.self))
        context["description"] = .text(page.description)
        context["canonical"] = .text(site.settings.baseURL + (page.path == "404.html" ? "" : page.path))
        context["noindex"] = .flag(page.draft != nil || page.path == "404.html" || page.noindex)
        context["draft"] = .optional(page.draft)
        context["hasBreadcrumbs"] = .flag(!page.breadcrumbs.isEmpty)
        context["breadcrumbs"] = .list(page.breadcrumbs.map { .object(["label": .text($0.label), "href": .text(root + $0.path)]) })
        context["nav"] = .list(
            [("", "Home"), (SitePath.schoolYears, "Schooljaren"), (SitePath.boards, "Besturen A–Z")].map {
                .object(["href": .text(root + $0.0), "label": .text($0.1), "current": .flag(page.nav == $0.0)])
            })
        context["footerPages"] = .list(site.pages.map { .object(["href": .text(root + $0.slug + "/"), "label": .text($0.title)]) })
        context["scripts"] = .list(page.scripts.map(TemplateValue.text))
        context["inlineStyle"] = isNotFound ? .text(stylesheet) : .flag(false)
        let contents = rendered(context, "layout", at: file)
        return OutputFile(path: file, contents: offline ? OfflineLinks.rewrite(contents) : contents)
    }

    /// A template rendered with `context`, or what it gave the last build with the same context.
    func rendered(_ context: TemplateObject, _ template: String, at key: String) -> [UInt8] {
        if let known = earlier?.pages[key], known.template == template, known.context == context {
            made.pages.withLock { $0[key] = known }
            return known.contents
        }
        let contents = stamps.render(context, withTemplate: template)
        if earlier != nil {
            made.pages.withLock { $0[key] = Memo.RenderedPage(template: template, context: context, contents: contents) }
        }
        return contents
    }

    var siteContext: TemplateValue {
        var context: TemplateObject = ["title": .text(site.settings.title), "organisation": .text(site.settings.organisation)]
        if let contact = site.settings.contact { context["contact"] = .text(contact) }
        return .object(context)
    }
}
