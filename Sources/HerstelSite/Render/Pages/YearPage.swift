import Mustache
import Synchronization

/// One school year: the boards that received a herstelopdracht in it.
extension SiteRenderer {
    func yearPage(_ year: SchoolYear, cases: [Case]) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let path = SitePath.schoolYear(year)
        let sorted = cases.sortedByBoardName()
        let published = sorted.filter(\.isPublished)
        var summary =
            "\(countLabel(published.count)) over schooljaar \(year): \(published.filter { $0.status == .complied }.count) voldaan, \(published.filter { $0.status == .notComplied }.count) niet voldaan."
        if drafts, published.count < sorted.count { summary += " Daarnaast \(sorted.count - published.count) concept." }
        let intro = site.yearIntros[year].map { markdown($0.text, from: $0, on: path) }
        let context: TemplateObject = [
            "year": .text(year.description),
            "intro": .optional(intro?.html),
            "summary": .text(summary),
            "hasOpenData": .flag(!published.isEmpty),
            "cases": .list(sorted.map { .object(caseContext($0, from: path, searchable: true)) }),
        ]
        let page = html(
            Page(
                path: path, title: "Schooljaar \(year)",
                description: "Besturen met een herstelopdracht monitoring sociale veiligheid over schooljaar \(year).",
                template: "schooljaar", context: context, breadcrumbs: [("Home", ""), ("Schooljaren", SitePath.schoolYears)],
                nav: SitePath.schoolYears, draft: published.isEmpty ? "Dit schooljaar heeft nog geen openbare zaken." : nil,
                scripts: ["zoeken.js"]))
        return ([page], intro?.warnings ?? [])
    }
}
