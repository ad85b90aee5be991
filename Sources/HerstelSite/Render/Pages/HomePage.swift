import Mustache
import Synchronization

/// The home page and the list of school years, both with a tile per school year.
extension SiteRenderer {
    func yearTiles(_ years: [SchoolYear: [Case]], from path: String) -> TemplateValue {
        .list(
            years.keys.sorted(by: >).map { year in
                let published = years[year]!.filter(\.isPublished).count
                var label = countLabel(published)
                if published < years[year]!.count { label += " (en \(years[year]!.count - published) concept)" }
                return .object([
                    "year": .text(year.description), "href": .text(SitePath.root(of: path) + SitePath.schoolYear(year)),
                    "countLabel": .text(label), "published": .flag(published > 0),
                ])
            })
    }

    func countLabel(_ count: Int) -> String { count == 1 ? "1 bestuur" : "\(count) besturen" }

    func homePage(years: [SchoolYear: [Case]]) -> OutputFile {
        let recent = site.listedCases
            .sorted { ($0.closed!, $1.board.number) > ($1.closed!, $0.board.number) }
            .prefix(10)
            .map { TemplateValue.object(caseContext($0, from: "")) }
        let context: TemplateObject = [
            "hasYears": .flag(!years.isEmpty), "years": yearTiles(years, from: ""),
            "hasRecent": .flag(!recent.isEmpty), "recent": .list(Array(recent)),
        ]
        return html(
            Page(
                path: "", title: "Home",
                description:
                    "Openbare lijst van schoolbesturen die een herstelopdracht kregen voor het niet tijdig aanleveren van de monitoring sociale veiligheid.",
                template: "home", context: context, nav: "", scripts: ["zoeken.js"]))
    }

    func schoolYearsPage(years: [SchoolYear: [Case]]) -> OutputFile {
        html(
            Page(
                path: SitePath.schoolYears, title: "Schooljaren", description: "Herstelopdrachten per schooljaar.",
                template: "schooljaren",
                context: [
                    "years": yearTiles(years, from: SitePath.schoolYears),
                    "hasOpenData": .flag(years.values.contains { $0.contains(where: \.isPublished) }),
                ],
                breadcrumbs: [("Home", "")], nav: SitePath.schoolYears))
    }
}
