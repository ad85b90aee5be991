/// The rows of the open data (SPEC §3), by their key: school year and board number.
struct OpenDataRows {
    static let path = "open-data/herstelopdrachten.csv"

    var columns: [String]
    /// "2022-2023 41234" → the row's values by column.
    var rows: [String: [String: String]]
    var order: [String]

    init(csv bytes: [UInt8]) {
        let records = OpenDataRows.records(String(decoding: bytes, as: UTF8.self))
        columns = records.first ?? []
        var rows: [String: [String: String]] = [:]
        var order: [String] = []
        for record in records.dropFirst() where record.count == columns.count {
            let values = Dictionary(zip(columns, record), uniquingKeysWith: { first, _ in first })
            let key = "\(values["schooljaar"] ?? "") \(values["bestuursnummer"] ?? "")"
            if rows[key] == nil { order.append(key) }
            rows[key] = values
        }
        self.rows = rows
        self.order = order
    }

    /// RFC 4180 records: fields split by commas, quoted fields may hold commas, quotes ("") and line breaks.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case ",":
                record.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                continue
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                atFieldStart = true
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
