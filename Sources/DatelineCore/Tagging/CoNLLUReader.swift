/// Reads CoNLL-U files (Universal Dependencies) into `AnnotatedText`s: one per document
/// (`# newdoc`), keeping the syntactic words and skipping multi-word token lines and empty nodes.
public enum CoNLLUReader {
  /// The documents of a CoNLL-U file's contents.
  public static func documents(in contents: String) -> [AnnotatedText] {
    var documents: [AnnotatedText] = []
    var current = AnnotatedText()
    var inSentence = false
    var tokenEnd = 0
    var tokenSpaceless = false
    for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#") {
        if line.hasPrefix("# newdoc"), current.count > 0 {
          documents.append(current)
          current = AnnotatedText()
        }
        continue
      }
      if line.isEmpty {
        inSentence = false
        tokenEnd = 0
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 10 else { continue }
      let id = fields[0]
      if let dash = id.firstIndex(of: "-") {
        tokenEnd = Int(id[id.index(after: dash)...]) ?? 0
        tokenSpaceless = fields[9].contains("SpaceAfter=No")
        continue
      }
      guard !id.contains("."), let number = Int(id), let tag = UPOS(name: String(fields[3])) else { continue }
      if !inSentence {
        current.sentenceStarts.append(current.count)
        inSentence = true
      }
      let spaceAfter =
        number < tokenEnd ? false : number == tokenEnd ? !tokenSpaceless : !fields[9].contains("SpaceAfter=No")
      current.append(form: fields[1], tag: tag, lemma: String(fields[2]), spaceAfter: spaceAfter)
    }
    if current.count > 0 { documents.append(current) }
    return documents
  }
}
