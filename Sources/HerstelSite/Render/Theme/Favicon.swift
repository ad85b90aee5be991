extension BuiltinTheme {
    /// The site icon: the dark blue ribbon of the header. Also spares every visit a 404 for /favicon.ico.
    static let favicon = #"""
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#154273"/><rect x="11" y="5" width="10" height="22" fill="#fff"/></svg>

        """#
}
