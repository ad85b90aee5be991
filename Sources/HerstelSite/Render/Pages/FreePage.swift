import Mustache
import Synchronization

/// A free page of pages/ (such as Over deze site), and the page for an address that does not exist.
extension SiteRenderer {
    func freePage(_ page: FreePage) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let body = markdown(page.body.text, from: page.body, on: page.slug + "/", dropLeadingHeading: page.titleFromHeading)
        let file = html(
            Page(
                path: page.slug + "/", title: page.title, description: page.title + ", " + site.settings.title + ".", template: "pagina",
                context: ["pageHTML": .text(body.html)], breadcrumbs: [("Home", "")]))
        return ([file], body.warnings)
    }

    func notFoundPage() -> OutputFile {
        html(Page(path: "404.html", title: "Pagina niet gevonden", description: "Deze pagina bestaat niet.", template: "404", context: [:]))
    }
}
