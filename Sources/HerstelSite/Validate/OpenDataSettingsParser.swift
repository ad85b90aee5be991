import Yams

/// site.yml `open-data:` — how the open data is described in its DCAT catalogue. Today only
/// `licentie`, checked against the EU licence list so a wrong value is an error at its line
/// rather than a catalogue that data.overheid.nl refuses.
extension SettingsParser {
    /// CC0 1.0 when `open-data:` or its `licentie` is absent; nil (with a problem) when wrong.
    static func parseOpenData(_ fields: Fields, published: inout [(String, Int)], _ diagnostics: inout [Diagnostic]) -> Licence? {
        guard let (keyNode, value) = fields.node("open-data") else { return .cc0 }
        let line = fields.fileLine(keyNode)
        guard let mapping = value.mapping else {
            diagnostics.append(
                fields.error(
                    line, "'open-data' must have the field 'licentie' (the licence of the open data, e.g. CC0)",
                    dutch: "'open-data' moet het veld 'licentie' hebben (de licentie van de open data, bijvoorbeeld CC0)."))
            return nil
        }
        let openData = Fields(mapping, file: fields.file, firstLine: 1, line: line)
        openData.rejectUnknown(["licentie"], in: Wording("open-data", dutch: "open-data"), &diagnostics)
        guard
            let written = openData.text(
                "licentie", required: false, what: Wording("the licence of the open data", dutch: "de licentie van de open data"), &diagnostics)
        else {
            return .cc0
        }
        guard let licence = Licence.named(written.value) else {
            let valid = Licence.known.map { "\($0.code) (\($0.label), \($0.uri))" }.joined(separator: ", ")
            diagnostics.append(
                openData.error(
                    written.line, "'licentie' '\(written.value)' is not an open licence of the EU licence list; valid values: \(valid)",
                    dutch: "'licentie' '\(written.value)' is geen open licentie van de EU-licentielijst; geldige waarden: \(valid)."))
            return nil
        }
        published.append((licence.uri, written.line))
        return licence
    }
}
