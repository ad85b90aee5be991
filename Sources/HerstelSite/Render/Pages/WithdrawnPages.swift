import Mustache
import Synchronization

/// The notices at the addresses of withdrawn reports and of boards whose every report was withdrawn.
extension SiteRenderer {
    /// What is left at a withdrawn report's address (SPEC §3): when and why, and the way to the
    /// rest of the list. It names neither the board nor anything of the report: a report may be
    /// withdrawn because it should never have named them.
    func withdrawnPage(_ item: Case, years: [SchoolYear: [Case]]) -> OutputFile {
        let path = SitePath.report(item)
        let withdrawal = item.withdrawal!
        let root = SitePath.root(of: path)
        let yearListed = years[item.schoolYear] != nil
        let context: TemplateObject = [
            "year": .text(item.schoolYear.description), "number": .text(item.board.number),
            "date": .text(withdrawal.date.dutch), "dateISO": .text(withdrawal.date.iso),
            "reason": .text(withdrawal.reason.label), "explanation": .text(withdrawal.explanation),
            "yearListed": .flag(yearListed),
            "yearHref": .text(root + (yearListed ? SitePath.schoolYear(item.schoolYear) : SitePath.schoolYears)),
        ]
        return html(
            Page(
                path: path, title: "Rapport ingetrokken", crumb: "Rapport \(item.schoolYear)",
                description: "Het rapport over schooljaar \(item.schoolYear) op dit adres is ingetrokken op \(withdrawal.date.dutch).",
                template: "ingetrokken", context: context, breadcrumbs: [("Home", ""), ("Schooljaren", SitePath.schoolYears)],
                noindex: true))
    }

    /// What is left at the address of a board whose every report was withdrawn: the same
    /// short notice for each, not a 404 where a citation pointed.
    func withdrawnBoardPage(_ board: BoardView) -> OutputFile {
        let path = SitePath.board(board.number)
        let root = SitePath.root(of: path)
        let reports = board.cases.map { item -> TemplateValue in
            let withdrawal = item.withdrawal!
            return .object([
                "year": .text(item.schoolYear.description), "href": .text(root + SitePath.report(item)),
                "date": .text(withdrawal.date.dutch), "dateISO": .text(withdrawal.date.iso), "reason": .text(withdrawal.reason.label),
            ])
        }
        return html(
            Page(
                path: path, title: "Bestuur niet meer op de lijst", crumb: "Bestuur \(board.number)",
                description: "De rapporten van bestuursnummer \(board.number) zijn ingetrokken.", template: "bestuur-ingetrokken",
                context: [
                    "number": .text(board.number), "reports": .list(reports),
                    "boardsHref": .text(root + SitePath.boards),
                ],
                breadcrumbs: [("Home", ""), ("Besturen A–Z", SitePath.boards)], noindex: true))
    }
}
