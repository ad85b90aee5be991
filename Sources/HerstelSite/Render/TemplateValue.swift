/// A value a template shows: a text, a flag, a list or an object. A closed set of types
/// instead of `[String: Any]`: a page's values need no casting, and their *shape* (which
/// keys, which flags, how many items) can be told apart from their texts, which is what
/// `PageStamps` renders a template once per shape with.
enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// The text, or `false` when there is none: a template shows `{{#place}}, {{place}}{{/place}}`.
    static func optional(_ text: String?) -> TemplateValue { text.map(TemplateValue.text) ?? .flag(false) }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

/// The keys of an object in the order they were written, so the same code makes the same
/// shape every time (a `Dictionary`'s order is not fixed).
struct TemplateObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private(set) var entries: [(key: String, value: TemplateValue)]

    static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.entries.count == rhs.entries.count && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries = elements.map { (key: $0.0, value: $0.1) }
    }

    /// Setting a key that is there replaces its value in place.
    subscript(key: String) -> TemplateValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((key, value))
            case (nil, nil): break
            }
        }
    }
}

extension TemplateValue {
    /// What swift-mustache renders: each text replaced by `text(index)`, where `index` counts
    /// the texts in the order `PageStamps` walks them.
    func mustacheValue(_ text: (String, Int) -> String, counter: inout Int) -> Any {
        switch self {
        case .text(let value):
            defer { counter += 1 }
            return text(value, counter)
        case .flag(let value): return value
        case .list(let items): return items.map { $0.mustacheValue(text, counter: &counter) }
        case .object(let object): return object.mustacheValue(text, counter: &counter)
        }
    }
}

extension TemplateObject {
    func mustacheValue(_ text: (String, Int) -> String, counter: inout Int) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in entries { result[key] = value.mustacheValue(text, counter: &counter) }
        return result
    }

    /// The object as swift-mustache renders it, texts as they are.
    var mustacheContext: [String: Any] {
        var counter = 0
        return mustacheValue({ value, _ in value }, counter: &counter)
    }
}
