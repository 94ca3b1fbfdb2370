/// The layout of a question-and-answer interview: paragraphs that only ask (`Were you
/// surprised?`), each followed by an answer in the first person (`Not really. I started warning
/// about the wall in 2017.`), after an introduction that names the person asked. The answers are
/// that person's words: their `I`, `me` and `my` stand for them.
struct InterviewLayout {
  /// The person interviewed: the story's main person, named before the first question.
  let interviewee: Int
  /// The paragraph of the first question; answers come after it.
  private let firstQuestion: Int
  /// For each paragraph, whether it only asks.
  private let asks: [Bool]

  /// How many questions must be answered in the first person for a text to read as an interview
  /// rather than an article with a rhetorical question (`So what went wrong?`).
  private static let answeredQuestions = 2
  /// How many sentences a paragraph that asks may hold: a question, perhaps set up by a sentence.
  private static let questionSentences = 2

  /// The layout of `tagged`, or nil when it is no interview: at least `answeredQuestions`
  /// paragraphs that end with a question mark outside quotations are followed by a paragraph that
  /// speaks in the first person, at least one of them asks `you`, and `mainPerson` (a person) is
  /// named before the first of them, in an introduction that never says `I` (a blog's or a
  /// column's writer does).
  init?(tagged: TaggedText, actors: DocumentActors, quotes: QuoteScan, mainPerson: Int?) {
    guard let mainPerson, actors.actors[mainPerson].kind == .person,
      let paragraphCount = tagged.sentences.last.map({ $0.paragraph + 1 }),
      tagged.sentences.count(where: { tagged.isWord($0.tokens.upperBound - 1, "?") }) >= Self.answeredQuestions
    else { return nil }
    // Past this point every word is read: most texts ask fewer questions and stop above.
    var asks = [Bool](repeating: false, count: paragraphCount)
    var addresses = [Bool](repeating: false, count: paragraphCount)
    var speaksAsI = [Bool](repeating: false, count: paragraphCount)
    var sentenceCount = [Int](repeating: 0, count: paragraphCount)
    for sentence in tagged.sentences {
      let paragraph = sentence.paragraph
      sentenceCount[paragraph] += 1
      let last = sentence.tokens.upperBound - 1
      asks[paragraph] = tagged.isWord(last, "?") && !quotes.isQuoted(last)
      for index in sentence.tokens where !quotes.isQuoted(index) {
        if tagged.isWord(index, "you") || tagged.isWord(index, "your") { addresses[paragraph] = true }
        if tagged.isFirstPerson(index) { speaksAsI[paragraph] = true }
      }
    }
    for paragraph in asks.indices where sentenceCount[paragraph] > Self.questionSentences { asks[paragraph] = false }
    let answered = asks.indices.filter { $0 + 1 < asks.count && asks[$0] && !asks[$0 + 1] && speaksAsI[$0 + 1] }
    guard answered.count >= Self.answeredQuestions, answered.contains(where: { addresses[$0] }),
      let first = asks.firstIndex(of: true), !speaksAsI[..<first].contains(true),
      let named = actors.mentions.first(where: { $0.actor == mainPerson }),
      tagged.sentences[Int(tagged.sentenceOf[named.tokens.lowerBound])].paragraph < first
    else { return nil }
    interviewee = mainPerson
    firstQuestion = first
    self.asks = asks
  }

  /// The interviewee, when token `index` is a first-person pronoun in an answer.
  func speaker(ofFirstPerson index: Int, _ tagged: TaggedText) -> Int? {
    guard tagged.isFirstPerson(index) else { return nil }
    let paragraph = tagged.sentences[Int(tagged.sentenceOf[index])].paragraph
    return paragraph > firstQuestion && !asks[paragraph] ? interviewee : nil
  }
}
