/// Reads CSV text (RFC 4180) into records whose fields remember where they start, so roster problems can be named by
/// line and column. Hand-written because SurveyCore depends on Yams only, and neither CSV package on the mirror
/// (CSV.swift, SwiftCSV) reports where a malformed field is; the grammar is small: fields separated by commas,
/// records by CRLF, LF or CR, and fields in double quotes may hold commas, line breaks and doubled quotes.
public enum CSVRecordReader {
    /// One field as written, unquoted, with its 1-based line and column (in Unicode scalars).
    public struct Field: Sendable, Equatable {
        /// The field's text with quoting removed.
        public var text: String
        /// Line where the field starts.
        public var line: Int
        /// Column where the field starts.
        public var column: Int
    }

    /// A place where the text stops being CSV, and what is wrong there.
    public struct Problem: Error, Sendable, Equatable {
        /// 1-based line.
        public var line: Int
        /// 1-based column.
        public var column: Int
        /// What is wrong and how to fix it.
        public var message: Message
    }

    /// Every record in `text`; blank lines are skipped. Throws at the first malformed field.
    public static func records(_ text: String) throws(Problem) -> [[Field]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[Field]] = []
        var record: [Field] = []
        var index = 0
        var line = 1
        var column = 1
        // Advances one scalar, counting CRLF, LF and a lone CR as one line break each.
        func advance() {
            let scalar = scalars[index]
            index += 1
            if scalar == "\n" || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n")) {
                line += 1
                column = 1
            } else if scalar != "\r" {
                column += 1
            }
        }
        func endRecord() {
            // A line holding nothing is a blank line, not a record with one empty field.
            if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
            record = []
        }
        while index < scalars.count {
            let startLine = line
            let startColumn = column
            var text = String.UnicodeScalarView()
            if index < scalars.count, scalars[index] == "\"" {
                advance()
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            text.append("\"")
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        closed = true
                        break
                    }
                    text.append(scalar)
                    advance()
                }
                guard closed else {
                    throw Problem(line: startLine, column: startColumn, message: Message(
                        en: "the quoted field that starts here never ends; add the closing '\"'",
                        ja: "ここから始まる引用符付きの欄が閉じていません。閉じる「\"」を追加してください"))
                }
                if index < scalars.count, !isSeparator(scalars[index]) {
                    throw Problem(line: line, column: column, message: Message(
                        en: "text after a closing quote; put the whole field in quotes and write a quote inside it as \"\"",
                        ja: "閉じる引用符の後に文字があります。欄全体を引用符で囲み、欄内の引用符は \"\" と書いてください"))
                }
            } else {
                while index < scalars.count, !isSeparator(scalars[index]) {
                    if scalars[index] == "\"" {
                        throw Problem(line: line, column: column, message: Message(
                            en: "a quote inside an unquoted field; put the whole field in quotes and write the quote as \"\"",
                            ja: "引用符で囲まれていない欄に引用符があります。欄全体を引用符で囲み、欄内の引用符は \"\" と書いてください"))
                    }
                    text.append(scalars[index])
                    advance()
                }
            }
            record.append(Field(text: String(text), line: startLine, column: startColumn))
            guard index < scalars.count else {
                endRecord()
                break
            }
            let separator = scalars[index]
            advance()
            if separator == "," {
                if index >= scalars.count {
                    record.append(Field(text: "", line: line, column: column))
                    endRecord()
                }
                continue
            }
            if separator == "\r", index < scalars.count, scalars[index] == "\n" { advance() }
            endRecord()
        }
        return records
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "\n" || scalar == "\r"
    }
}
