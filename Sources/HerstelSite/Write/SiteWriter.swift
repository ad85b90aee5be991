import CExchange
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a built site atomically (SPEC §4): into a fresh folder beside the output, swapped
/// in at the end. The previous output stays untouched until that swap, and a build that was
/// killed leaves only a hidden folder beside it, which the next build clears.
public enum SiteWriter {
    /// Name prefix of the folders a build makes beside the output.
    static func stagingPrefix(for name: String) -> String { ".\(name).herstelsite-" }

    /// Writes a whole built site. `fingerprint`, when given, is recorded beside the output, so
    /// the next build with the same content and binary can see that nothing changed (`BuildCache`).
    public static func write(
        _ site: BuiltSite, to output: String, contentPath: String, fingerprint: String? = nil, progress: ProgressMeter? = nil
    ) -> [Diagnostic] {
        let staging: Staging
        switch Staging.open(output: output, contentPath: contentPath) {
        case .failure(let problems): return problems
        case .success(let opened): staging = opened
        }
        progress?.begin(.writing, total: site.files.count)
        defer { progress?.finish() }
        if let problem = staging.write(site.files, progress: progress) { return [problem] }
        return staging.commit(fingerprint: fingerprint)
    }

    /// A new site being written beside the output folder, a part at a time, and swapped in
    /// as a whole by `commit`. Until then the output is untouched; a staging folder that is
    /// not committed is removed (`discard`, or when this goes away), and one left by a killed
    /// build is removed by the next.
    public final class Staging {
        let output: String
        let outputURL: URL
        let folder: URL
        /// Holds the lock on the output's parent folder while the site is written.
        private let lock: Int32
        private var made = Set<String>()
        private var finished = false
        /// The SHA-256 of every file written so far, by path: `SHA256SUMS` at the commit.
        private var digests: [String: String] = [:]

        private init(output: String, outputURL: URL, folder: URL, lock: Int32) {
            self.output = output
            self.outputURL = outputURL
            self.folder = folder
            self.lock = lock
        }

        deinit {
            if !finished { FileTree.remove(folder.path) }
            flock(lock, LOCK_UN)
            close(lock)
        }

        /// Checks the output folder may be replaced, waits for any other build writing beside
        /// it, clears what killed builds left, and makes the staging folder.
        public static func open(output: String, contentPath: String) -> Checked<Staging> {
            // A symbolic link to the real folder is kept: the build replaces the folder it points to.
            let outputURL = SiteWriter.resolved(output)
            let parent = outputURL.deletingLastPathComponent()
            let name = outputURL.lastPathComponent
            if let problem = refusal(output: outputURL, contentPath: contentPath) {
                return .failure([Diagnostic(file: output, line: 0, problem)])
            }
            do {
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            } catch {
                return .failure([
                    Diagnostic(
                        file: output, line: 0, "cannot create the folder \(parent.path): \(error.localizedDescription)",
                        dutch: "De map \(parent.path) kan niet worden gemaakt (systeemmelding: \(error.localizedDescription)).")
                ])
            }
            // One build at a time writes beside an output folder, so one never clears the staging
            // folder of another as a leftover. A second build waits for the first. The lock goes
            // when the process ends, however it ends, so a killed build never blocks the next one.
            let lock = Glibc.open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard lock >= 0 else {
                let code = errno
                return .failure([
                    Diagnostic(
                        file: output, line: 0, "cannot open the folder \(parent.path): \(String(cString: strerror(code)))",
                        dutch: "De map \(parent.path) kan niet worden geopend (\(ContentLoader.describeDutch(code))).")
                ])
            }
            while flock(lock, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let code = errno
                    let reason = String(cString: strerror(code))
                    close(lock)
                    return .failure([
                        Diagnostic(
                            file: output, line: 0, "cannot lock the folder \(parent.path): \(reason); \(output) is unchanged",
                            dutch:
                                "De map \(parent.path) kan niet worden vergrendeld (\(ContentLoader.describeDutch(code))); \(output) is niet veranderd."
                        )
                    ])
                }
            }
            clearLeftovers(in: parent, name: name)
            let folder = parent.appendingPathComponent(stagingPrefix(for: name) + "new-\(getpid())")
            let staging = Staging(output: output, outputURL: outputURL, folder: folder, lock: lock)
            do {
                try staging.makeDirectory(folder.path)
            } catch {
                return .failure([Staging.notWritten(output, error)])
            }
            return .success(staging)
        }

        /// Writes some files of the new site, on all cores.
        public func write(_ files: [OutputFile], progress: ProgressMeter? = nil) -> Diagnostic? {
            do {
                for file in files { try makeDirectory(((folder.path + "/" + file.path) as NSString).deletingLastPathComponent) }
                let written = try SiteWriter.writeFiles(files, into: folder, progress: progress)
                for (file, digest) in zip(files, written) { digests[file.path] = digest }
                return nil
            } catch {
                return Staging.notWritten(output, error)
            }
        }

        static func notMoved(_ output: String, _ code: Int32) -> Diagnostic {
            Diagnostic(
                file: output, line: 0, "could not move the new site into place: \(String(cString: strerror(code)))",
                dutch: "De nieuwe site kon niet op haar plaats worden gezet (\(ContentLoader.describeDutch(code))).")
        }

        static func notWritten(_ output: String, _ error: Error) -> Diagnostic {
            Diagnostic(
                file: output, line: 0, "could not write the site: \(error); \(output) is unchanged",
                dutch: "De site kon niet worden geschreven (systeemmelding: \(error)); \(output) is niet veranderd.")
        }

        func makeDirectory(_ path: String) throws {
            guard !made.contains(path) else { return }
            let parent = (path as NSString).deletingLastPathComponent
            if parent != path && !parent.isEmpty && parent.count >= folder.path.count { try makeDirectory(parent) }
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw WriteError(path: path, code: errno) }
            made.insert(path)
        }

        /// `SHA256SUMS` of the files written, into the staging folder, so it is swapped in with
        /// them. Made here, after the privacy gate passed every part, and not scanned by it: it
        /// holds only the paths of files written and 64 hex digits per path, a one-way function of
        /// bytes the gate already passed, and its runs of hex digits would look like numbers
        /// (a BSN, a phone number) to the gate's detectors.
        func writeManifest() throws {
            let manifest = OutputFile(path: SiteManifest.fileName, text: SiteManifest(digests: digests).text)
            _ = try SiteWriter.writeFiles([manifest], into: folder)
        }

        /// Removes the staging folder: the output stays as it was.
        public func discard() {
            guard !finished else { return }
            finished = true
            FileTree.remove(folder.path)
        }

        /// Puts the new site in place of the output, in one step, with its `SHA256SUMS`.
        public func commit(fingerprint: String? = nil) -> [Diagnostic] {
            guard !finished else { return [] }
            finished = true
            do {
                try writeManifest()
                try SiteWriter.makeDurable(folder.path)
            } catch {
                FileTree.remove(folder.path)
                return [Staging.notWritten(output, error)]
            }
            let parent = outputURL.deletingLastPathComponent()
            let name = outputURL.lastPathComponent
            BuildCache.forget(output: outputURL)
            if FileManager.default.fileExists(atPath: outputURL.path) {
                // Exchange both folders in one step, so there is no moment without an output folder.
                if herstelsite_exchange_paths(folder.path, outputURL.path) != 0 {
                    let old = parent.appendingPathComponent(stagingPrefix(for: name) + "old-\(getpid())")
                    guard rename(outputURL.path, old.path) == 0, rename(folder.path, outputURL.path) == 0 else {
                        FileTree.remove(folder.path)
                        return [Staging.notMoved(output, errno)]
                    }
                    FileTree.remove(old.path)
                } else {
                    FileTree.remove(folder.path)
                }
            } else if rename(folder.path, outputURL.path) != 0 {
                FileTree.remove(folder.path)
                return [Staging.notMoved(output, errno)]
            }
            // The swap itself is a change of the parent folder: on disk too, best effort (the new
            // site is in place either way, and on disk under one name or the other).
            fsync(lock)
            if let fingerprint {
                BuildCache.record(output: outputURL, fingerprint: fingerprint)
            }
            return []
        }
    }

    /// Clears what killed builds left beside the output, for a build that found nothing to do.
    public static func clearLeftovers(besides output: String) {
        let outputURL = resolved(output)
        let parent = outputURL.deletingLastPathComponent()
        let lock = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { return }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { return }
        defer { flock(lock, LOCK_UN) }
        clearLeftovers(in: parent, name: outputURL.lastPathComponent)
    }

    /// Never replace a folder that holds the content, or one that is not an earlier build.
    static func refusal(output: URL, contentPath: String) -> Wording? {
        let content = resolved(contentPath).path
        let target = resolved(output.path).path
        if target == "/" || content == target || content.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
            return Wording(
                "refusing to replace \(output.path): it holds the content folder; choose another --output",
                dutch: "\(output.path) wordt niet vervangen: de inhoudsmap staat erin; kies een andere --output.")
        }
        if target.hasPrefix(content.hasSuffix("/") ? content : content + "/") {
            return Wording(
                "refusing to write into the content folder (\(output.path)); the next build would read the site as content, so choose an --output outside it",
                dutch:
                    "Er wordt niet in de inhoudsmap geschreven (\(output.path)); de volgende bouw zou de site dan als inhoud lezen, dus kies een --output daarbuiten."
            )
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return Wording(
                "\(output.path) exists and is not a folder; choose another --output",
                dutch: "\(output.path) bestaat al en is geen map; kies een andere --output.")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        let isEarlierBuild = FileManager.default.fileExists(atPath: output.appendingPathComponent(EarlierBuild.markerFile).path)
        if !entries.isEmpty && !isEarlierBuild {
            return Wording(
                "refusing to replace \(output.path): it is not empty and not an earlier herstelsite build; choose an empty or new folder",
                dutch: "\(output.path) wordt niet vervangen: de map is niet leeg en geen eerdere bouw van herstelsite; kies een lege of nieuwe map.")
        }
        return nil
    }

    /// Where a path really is: every symbolic link on the way resolved by the kernel, also
    /// when its last parts do not exist yet (`pp/out` with `pp` a link to Content/pages is
    /// Content/pages/out). Foundation's `resolvingSymlinksInPath` leaves a path that does not
    /// exist as written, and `standardizedFileURL` takes `link/..` away before the link is
    /// followed; both would let a build write into the content folder.
    static func resolved(_ path: String) -> URL {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var missing: [String] = []
        while true {
            let candidate = "/" + existing.joined(separator: "/")
            if let real = FileTree.realPath(candidate) {
                var parts = real.split(separator: "/").map(String.init)
                // What does not exist holds no links: its "." and ".." are plain names.
                for part in missing.reversed() {
                    if part == ".." {
                        if !parts.isEmpty { parts.removeLast() }
                    } else if part != "." {
                        parts.append(part)
                    }
                }
                return URL(fileURLWithPath: "/" + parts.joined(separator: "/"))
            }
            guard let last = existing.popLast() else { return URL(fileURLWithPath: absolute).standardizedFileURL }
            missing.append(last)
        }
    }

    /// Removes what builds that were killed left beside the output.
    static func clearLeftovers(in parent: URL, name: String) {
        let prefix = stagingPrefix(for: name)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            FileTree.remove(parent.appendingPathComponent(entry).path)
        }
    }

    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Puts the new site on disk before it is swapped in, so that a power cut just after the
    /// swap cannot leave a published folder whose files never reached the disk. One `syncfs`
    /// of the staging folder's file system: far cheaper than an fsync of every file and
    /// folder (measured at 10,000 cases in docs/web-team.md).
    static func makeDurable(_ folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(path: folder, code: errno) }
        defer { close(fd) }
        if herstelsite_syncfs(fd) != 0 {
            guard errno == ENOSYS else { throw WriteError(path: folder, code: errno) }
            sync()
        }
    }

    /// Writes files into folders that exist, on all cores; returns the SHA-256 of each, in order.
    static func writeFiles(_ files: [OutputFile], into root: URL, progress: ProgressMeter? = nil) throws -> [String] {
        let results = Parallel.map(files, chunkSize: 64) { file -> Result<String, WriteError> in
            defer { progress?.advance() }
            let path = root.path + "/" + file.path
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return .failure(WriteError(path: path, code: errno)) }
            defer { close(fd) }
            let failure = file.contents.withUnsafeBytes { buffer -> WriteError? in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return WriteError(path: path, code: errno)
                    }
                    offset += written
                }
                return nil
            }
            if let failure { return .failure(failure) }
            return .success(SHA256Hex.of(file.contents))
        }
        return try results.map { try $0.get() }
    }
}
