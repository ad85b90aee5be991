import Mustache
import Synchronization

/// Besturen A–Z: every board under the letter of its distinctive name (BoardIndex).
extension SiteRenderer {
    func boardsPage(_ boards: [BoardView]) -> OutputFile {
        let path = SitePath.boards
        // Under the letter of each board's distinctive name, not of "Stichting".
        let groups = BoardIndex.groups(boards)
        let letters = groups.map { group -> TemplateValue in
            .object([
                "letter": .text(group.letter), "id": .text(group.letter == "0–9" ? "cijfers" : group.letter.lowercased()),
                "boards": .list(
                    group.boards.map { board in
                        let years = board.cases.map(\.schoolYear).sorted().map(\.description)
                        return .object([
                            "name": .text(board.name), "number": .text(board.number), "place": .optional(board.place),
                            "href": .text(SitePath.root(of: path) + SitePath.board(board.number)),
                            "yearsLabel": .text((years.count == 1 ? "schooljaar " : "schooljaren ") + DutchText.list(years)),
                            "draft": .flag(board.cases.allSatisfy { !$0.isPublished }),
                            "searchText": .text(
                                searchText(
                                    board.cases.map(\.board.name) + [board.number, board.place ?? ""]
                                        + board.cases.flatMap { $0.schools.flatMap { [$0.name, $0.brinAndBranch, $0.place ?? ""] } })),
                        ])
                    }),
            ])
        }
        return html(
            Page(
                path: path, title: "Besturen A–Z", description: "Alle schoolbesturen met een gepubliceerde herstelopdracht, van A tot Z.",
                template: "besturen", context: ["letters": .list(letters)], breadcrumbs: [("Home", "")], nav: SitePath.boards,
                scripts: ["zoeken.js"]))
    }
}
