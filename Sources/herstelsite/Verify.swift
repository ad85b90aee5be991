import ArgumentParser
import Foundation
import HerstelSite

/// Checks that a folder holds exactly what its build wrote, e.g. the copy on the web server.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that a folder holds exactly the files its SHA256SUMS lists, byte for byte; reads no content, writes nothing.",
        discussion: """
            Exit status 0 when it does; 1 when a file is missing, altered or extra (an extra \
            file, folder or link, each named on a line of its own); 2 when the folder or its \
            SHA256SUMS is missing or a line of SHA256SUMS is malformed.
            """)

    @Argument(help: "The folder to check: a build, or a copy of the published site.") var folder = "public"

    func run() throws {
        let shown = folder.hasSuffix("/") ? folder : folder + "/"
        switch SiteVerifier.verify(folder: folder) {
        case .failure(let problem):
            FileHandle.standardError.write(Data(problem.messages.map { $0 + "\n" }.joined().utf8))
            throw ExitCode(2)
        case .success(let report) where report.matches:
            print(
                "OK: \(shown) holds exactly the \(report.listed) file\(report.listed == 1 ? "" : "s") its SHA256SUMS lists (SHA-256 of SHA256SUMS: \(report.manifestDigest))"
            )
        case .success(let report):
            print(report.findings.map { shown + $0.description }.joined(separator: "\n"))
            let counts = [SiteVerifier.Finding.Kind.missing, .altered, .extra, .replaced, .unreadable].compactMap { kind -> String? in
                let n = report.findings.filter { $0.kind == kind }.count
                return n > 0 ? "\(n) \(kind.rawValue)" : nil
            }
            print("\(shown) does not match its SHA256SUMS: \(counts.joined(separator: ", ")) (of \(report.listed) files listed)")
            throw ExitCode(1)
        }
    }
}
