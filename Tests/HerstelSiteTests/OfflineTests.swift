import Foundation
import Testing

@testable import HerstelSite

/// `build --offline` (SPEC §3): every internal link to a folder goes to its index.html, so a
/// copy opens and navigates from `file://`; the default build keeps clean URLs.
@Suite("Offline links: index.html for every folder link")
struct OfflineLinksTests {
    func rewritten(_ html: String) -> String {
        String(decoding: OfflineLinks.rewrite(Array(html.utf8)), as: UTF8.self)
    }

    @Test func aFolderLinkGoesToItsIndexFile() {
        #expect(rewritten(#"<a href="../besturen/">A–Z</a>"#) == #"<a href="../besturen/index.html">A–Z</a>"#)
        #expect(rewritten(#"<a href="besturen/04127/2022-2023/">x</a>"#) == #"<a href="besturen/04127/2022-2023/index.html">x</a>"#)
    }

    @Test func theRootOfADeeperPageGoesToTheHomePageFile() {
        #expect(rewritten(#"<a class="merk" href="../../">Home</a>"#) == #"<a class="merk" href="../../index.html">Home</a>"#)
        #expect(rewritten(#"<a href="..">up</a> <a href=".">here</a>"#) == #"<a href="../index.html">up</a> <a href="./index.html">here</a>"#)
    }

    @Test func aQueryAndAFragmentStayAfterTheFile() {
        #expect(rewritten(#"<a href="../besturen/?zoek=noord#letter-n">x</a>"#) == #"<a href="../besturen/index.html?zoek=noord#letter-n">x</a>"#)
    }

    @Test func theSearchFormSubmitsToTheIndexFile() {
        #expect(
            rewritten(#"<form class="zoekbalk" action="besturen/" method="get">"#)
                == #"<form class="zoekbalk" action="besturen/index.html" method="get">"#)
    }

    @Test func linksToFilesElsewhereOrInThePageStayAsTheyAre() {
        let kept = [
            #"<link rel="stylesheet" href="../assets/herstelsite.css">"#,
            #"<link rel="canonical" href="https://example.org/herstelopdrachten/besturen/">"#,
            #"<a href="mailto:info@example.org">mail</a>"#,
            ##"<a href="#inhoud">skip</a>"##,
            #"<a href="?zoek=x">same page</a>"#,
            #"<a href="">this page</a>"#,
            #"<a href="/besturen/">host root</a>"#,
            #"<a href="//example.org/x/">other host</a>"#,
            #"<a href="../open-data/herstelopdrachten.csv">csv</a>"#,
            #"<a href="../SHA256SUMS">sums</a>"#,
            #"<li data-href="besturen/">not a link</li>"#,
            // Text is escaped by the templates and cmark-gfm, so an attribute in it is not one.
            #"<p>write href=&quot;besturen/&quot; like this</p>"#,
        ]
        for html in kept { #expect(rewritten(html) == html) }
    }

    @Test func attributesWrittenOtherwiseInAThemeAreRewrittenToo() {
        #expect(rewritten("<a HREF='../over/'>over</a>") == "<a HREF='../over/index.html'>over</a>")
        #expect(rewritten("<a href = ../over/>over</a>") == "<a href = ../over/index.html>over</a>")
        #expect(rewritten("<a\nhref=\"over/\"\n>over</a>") == "<a\nhref=\"over/index.html\"\n>over</a>")
    }

    @Test func aPageWithoutFolderLinksIsReturnedAsItIs() {
        let page = Array(#"<p>Geen links. <a href="feed.xml">feed</a> <a href="unclosed"#.utf8)
        #expect(OfflineLinks.rewrite(page) == page)
    }
}

/// End-to-end: the real executable builds the `basic` fixture both ways.
@Suite("Build --offline: a copy that navigates from the file system")
struct OfflineBuildTests {
    let folder: URL
    let content: URL

    init() throws {
        folder = try Support.copyFixture("basic")
        content = folder.appendingPathComponent("Content")
    }

    func build(_ extra: [String], into name: String) throws -> (run: Run, files: [String: Data]) {
        let output = folder.appendingPathComponent(name)
        let run = try Support.run(["build", "--content", content.path, "--output", output.path] + extra)
        return (run, Support.tree(output))
    }

    /// Every relative `href` and `action` value of an HTML page, as written.
    func links(_ html: String) -> [String] {
        let pattern = /\s(?:href|action)="([^"]*)"/
        return html.matches(of: pattern).map { String($0.output.1) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("?") && !$0.contains(":") && !$0.hasPrefix("/") }
    }

    @Test func everyInternalLinkOfEveryPageLandsOnAFile() throws {
        let (run, files) = try build(["--offline"], into: "offline")
        #expect(run.status == 0, "\(run.stderr)")
        // 404.html too: an offline copy has no server, so it links relatively like every page.
        let pages = files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.contains("404.html"))
        #expect(pages.count > 10)
        var followed = 0
        for page in pages.sorted() {
            let html = String(decoding: files[page]!, as: UTF8.self)
            let base = URL(fileURLWithPath: "/site/" + page)
            for link in links(html) {
                let path = String(link.prefix { $0 != "?" && $0 != "#" })
                let target = URL(fileURLWithPath: path, relativeTo: base.deletingLastPathComponent()).standardizedFileURL.path
                #expect(target.hasPrefix("/site/"), "\(page): \(link) leaves the site")
                let relative = String(target.dropFirst("/site/".count))
                #expect(files[relative] != nil, "\(page): \(link) is \(relative), which is not a file of the site")
                followed += 1
            }
        }
        #expect(followed > 100)
    }

    @Test func theAuthorsMarkdownLinkAndTheSearchFormGoToIndexFiles() throws {
        let (_, files) = try build(["--offline"], into: "offline")
        let about = String(decoding: files["over/index.html"] ?? Data(), as: UTF8.self)
        #expect(about.contains(#"<a href="../besturen/index.html">besturen</a>"#), "\(about)")
        let home = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains(#"action="besturen/index.html""#))
        #expect(home.contains(#"<a class="merk" href="index.html">"#) || home.contains(#"<a class="merk" href="">"#))
    }

    @Test func theDefaultBuildKeepsCleanURLsAndDiffersOnlyInTheLinks() throws {
        let (plain, clean) = try build([], into: "public")
        let (_, offline) = try build(["--offline"], into: "offline")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(Set(clean.keys) == Set(offline.keys))
        let home = String(decoding: clean["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains(#"href="besturen/""#))
        for (path, bytes) in clean {
            let html = String(decoding: bytes, as: UTF8.self)
            if path.hasSuffix(".html") {
                #expect(!links(html).contains { $0.contains("index.html") }, "\(path) links to an index.html in a default build")
                // The 404 page links absolutely online and relatively offline (no server, no network).
                if path != "404.html" {
                    #expect(OfflineLinks.rewrite(Array(bytes)) == Array(offline[path] ?? Data()), "\(path)")
                }
            } else if path != "SHA256SUMS" {
                #expect(bytes == offline[path], "\(path) differs between the default and the offline build")
            }
        }
    }

    @Test func anOfflineBuildIsNotTakenForTheDefaultBuildBeforeIt() throws {
        let first = try build([], into: "public")
        #expect(first.run.status == 0)
        let second = try build(["--offline"], into: "public")
        #expect(second.run.status == 0, "\(second.run.stderr)")
        #expect(!second.run.stdout.hasPrefix("Up to date"), "\(second.run.stdout)")
        #expect(String(decoding: second.files["besturen/index.html"] ?? Data(), as: UTF8.self).contains("/index.html\""))
        let third = try build([], into: "public")
        #expect(!third.run.stdout.hasPrefix("Up to date"), "\(third.run.stdout)")
        #expect(third.files == first.files)
    }
}
