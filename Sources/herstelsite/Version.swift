import CBuildInfo

/// What `herstelsite --version` prints: the version and the commit the binary was built from,
/// both fixed at compile time (scripts/package.sh), so the answer holds without a repository.
enum Version {
    static let number = String(cString: herstelsite_version())
    static let commit = String(cString: herstelsite_commit())
    static let line = "herstelsite \(number) (commit \(commit))"
}
