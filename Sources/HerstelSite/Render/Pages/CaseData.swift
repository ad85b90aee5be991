import Mustache
import Synchronization

/// A case's facts as the templates and the search index get them.
extension SiteRenderer {
    /// The values of one case for a template; `searchable` adds what a table row needs for search and sorting.
    func caseContext(_ item: Case, from path: String, searchable: Bool = false) -> TemplateObject {
        let root = SitePath.root(of: path)
        let sector = site.settings.sectors[item.sector]?.name ?? item.sector
        var context: TemplateObject = [
            "board": .text(item.board.name), "number": .text(item.board.number),
            "year": .text(item.schoolYear.description), "sector": .text(sector), "sectorKey": .text(item.sector),
            "status": .text(item.status.label), "statusKey": .text(item.status.rawValue),
            "schoolsLabel": .text(item.schools.count == 1 ? "School" : "Scholen"),
            "schools": .list(
                item.schools.map { .object(["name": .text($0.name), "brinAndBranch": .text($0.brinAndBranch), "place": .optional($0.place)]) }),
            "ordered": .text(item.ordered.dutch), "orderedISO": .text(item.ordered.iso),
            "deadline": .text(item.deadline.dutch), "deadlineISO": .text(item.deadline.iso),
            "received": .optional(item.received?.dutch), "receivedISO": .text(item.received?.iso ?? ""),
            "closed": .optional(item.closed?.dutch), "closedISO": .text(item.closed?.iso ?? ""),
            "draft": .flag(!item.isPublished),
            "href": .text(root + SitePath.report(item)), "reportHref": .text(root + SitePath.report(item)),
            "boardHref": .text(root + SitePath.board(item.board.number)), "yearHref": .text(root + SitePath.schoolYear(item.schoolYear)),
        ]
        if searchable {
            context["sortName"] = .text(DutchText.sortKey(item.board.name))
            context["searchText"] = .text(
                searchText(
                    [item.board.name, item.board.number, item.board.place ?? ""]
                        + item.schools.flatMap { [$0.name, $0.brinAndBranch, $0.place ?? ""] }))
        }
        return context
    }

    /// What the filter script matches against: lower case, accents folded, as the script folds what is typed.
    func searchText(_ parts: [String]) -> String {
        DutchText.sortKey(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }
}
