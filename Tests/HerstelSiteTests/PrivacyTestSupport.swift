@testable import HerstelSite

/// A suite that runs the gate's detectors in process on a text, with the organisations of its
/// own content (`names`): one helper for every such suite.
protocol DetectorSuite {
    static var names: PersonNames { get }
}

extension DetectorSuite {
    /// The texts of one kind the gate finds in `text`, as written there.
    func found(_ kind: PersonalData, in text: String) -> [String] {
        let scan = ScanText(text)
        return PrivacyGate.detect(scan, names: Self.names).filter { $0.kind == kind }.map { scan.written($0.range) }
    }
}
