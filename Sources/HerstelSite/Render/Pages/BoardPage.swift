import Mustache
import Synchronization

/// One board: its cases over the school years.
extension SiteRenderer {
    func boardPage(_ board: BoardView) -> OutputFile {
        let path = SitePath.board(board.number)
        let earlier = board.earlierNames.map {
            TemplateValue.object(["name": .text($0.name), "years": .text(DutchText.list($0.years.map(\.description)))])
        }
        let context: TemplateObject = [
            "name": .text(board.name), "number": .text(board.number), "place": .optional(board.place),
            "hasEarlierNames": .flag(!earlier.isEmpty), "earlierNames": .list(earlier),
            "cases": .list(
                board.cases.map { item in
                    var row = caseContext(item, from: path)
                    row["renamed"] = .flag(item.board.name != board.name)
                    return .object(row)
                }),
        ]
        let allDrafts = board.cases.allSatisfy { !$0.isPublished }
        return html(
            Page(
                path: path, title: board.name,
                description: "Herstelopdrachten monitoring sociale veiligheid van \(board.name) (bestuursnummer \(board.number)).",
                template: "bestuur", context: context, breadcrumbs: [("Home", ""), ("Besturen A–Z", SitePath.boards)],
                nav: nil, draft: allDrafts ? "Dit bestuur heeft alleen zaken die niet openbaar zijn." : nil))
    }
}
