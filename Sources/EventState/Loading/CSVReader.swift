import Foundation

/// An RFC 4180 CSV reader that works on bytes.
///
/// Written here rather than decoding the file to a `String` and splitting it, because the roster needs
/// what such shortcuts lose: the exact line each record and field starts on (records may contain quoted
/// line breaks), and per-field UTF-8 validation, so that one mis-encoded cell is reported with its line
/// and column and decoded with replacement characters while the rest of the file is read normally.
///
/// Accepts a UTF-8 byte order mark, CRLF, LF and lone CR line ends, quoted fields with `,`, `""` and line
/// breaks, and ragged rows (records keep the fields they have). Lines that are entirely empty are
/// skipped. Leniencies: text after a closing quote is appended to the field, a quote inside an unquoted
/// field is kept as is, and a quote left open runs to the end of the file (reported by
/// `unterminatedQuoteLine`).
struct CSVReader {
  /// One field: its text and where it starts.
  struct Field {
    var text: String
    /// Line the field starts on (1-based).
    var line: Int
    /// False when the bytes were not valid UTF-8 and `text` holds replacement characters.
    var isValidUTF8: Bool
  }

  /// One record (row) and the line it starts on.
  struct Record {
    var line: Int
    var fields: [Field]
  }

  /// The records, in file order.
  private(set) var records: [Record] = []
  /// The line of a quoted field that was still open at the end of the file, if any.
  private(set) var unterminatedQuoteLine: Int?

  /// Reads all of `data`.
  init(data: Data) {
    data.withUnsafeBytes { raw in
      read(raw.bindMemory(to: UInt8.self))
    }
  }

  private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"),
    lf = UInt8(ascii: "\n")

  private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
    var position = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    var line = 1
    var fields: [Field] = []
    var fieldBytes: [UInt8] = []
    var recordLine = 1
    var fieldLine = 1
    var fieldWasQuoted = false

    func finishField() {
      fields.append(Self.decode(fieldBytes, line: fieldLine))
      fieldBytes.removeAll(keepingCapacity: true)
      fieldWasQuoted = false
    }

    /// Moves past a line end at `position` (CRLF counts once) and counts the line.
    func skipLineEnd() {
      if bytes[position] == Self.cr, position + 1 < bytes.count, bytes[position + 1] == Self.lf { position += 1 }
      position += 1
      line += 1
    }

    while position < bytes.count {
      let byte = bytes[position]
      if byte == Self.quote && fieldBytes.isEmpty && !fieldWasQuoted {
        fieldWasQuoted = true
        position += 1
        var closed = false
        while position < bytes.count {
          let inner = bytes[position]
          if inner == Self.quote {
            if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
              fieldBytes.append(Self.quote)
              position += 2
            } else {
              position += 1
              closed = true
              break
            }
          } else if inner == Self.cr || inner == Self.lf {
            fieldBytes.append(Self.lf)
            skipLineEnd()
          } else {
            fieldBytes.append(inner)
            position += 1
          }
        }
        if !closed { unterminatedQuoteLine = fieldLine }
      } else if byte == Self.comma {
        finishField()
        position += 1
        fieldLine = line
      } else if byte == Self.cr || byte == Self.lf {
        let blank = fields.isEmpty && fieldBytes.isEmpty && !fieldWasQuoted
        if !blank {
          finishField()
          records.append(Record(line: recordLine, fields: fields))
          fields.removeAll(keepingCapacity: true)
        }
        skipLineEnd()
        recordLine = line
        fieldLine = line
      } else {
        fieldBytes.append(byte)
        position += 1
      }
    }
    if !fields.isEmpty || !fieldBytes.isEmpty || fieldWasQuoted {
      finishField()
      records.append(Record(line: recordLine, fields: fields))
    }
  }

  private static func decode(_ bytes: [UInt8], line: Int) -> Field {
    // Most cells are ASCII, which is valid UTF-8 as it is: checking that costs far less than validating.
    if bytes.allSatisfy({ $0 < 0x80 }) {
      return Field(text: String(decoding: bytes, as: UTF8.self), line: line, isValidUTF8: true)
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return Field(text: text, line: line, isValidUTF8: true)
    }
    return Field(text: String(decoding: bytes, as: UTF8.self), line: line, isValidUTF8: false)
  }
}
