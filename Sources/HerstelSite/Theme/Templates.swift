/// The built-in theme: the templates, stylesheet, script and icon in Theme/files/, compiled
/// in by scripts/embed-theme.py. Each template can be replaced by `Content/theme/NAME.mustache`,
/// the stylesheet by `Content/theme/herstelsite.css`.
///
/// Every page template renders into `layout`'s `{{{content}}}`. Values are escaped by
/// Mustache (`{{x}}`); only HTML that herstelsite made itself is inserted raw (`{{{x}}}`).
public enum BuiltinTheme {
    public static let stylesheetName = "herstelsite.css"

    /// The templates by name (`layout`, `rapport`, ...): each `NAME.mustache` of `files`.
    public static let templates: [String: String] = Dictionary(
        uniqueKeysWithValues: files.compactMap { name, text in
            name.hasSuffix(templateExtension) ? (String(name.dropLast(templateExtension.count)), text) : nil
        })

    static let templateExtension = ".mustache"

    /// The built-in stylesheet; `Content/theme/herstelsite.css` replaces it.
    static let stylesheet = files[stylesheetName]!

    /// Progressive enhancement for the year tables, the board list and the home page's
    /// search form: search as you type, filters for sector and status, sortable columns.
    /// Without it every list is shown in full and the search boxes stay `hidden`.
    static let searchScript = files["zoeken.js"]!

    /// The site icon: the dark blue ribbon of the header. Also spares every visit a 404 for /favicon.ico.
    static let favicon = files["favicon.svg"]!

    /// What a theme may replace: every template and the stylesheet, by file name
    /// (`herstelsite theme export` writes these).
    public static var overridableFiles: [String: String] {
        files.filter { $0.key.hasSuffix(templateExtension) || $0.key == stylesheetName }
    }
}
