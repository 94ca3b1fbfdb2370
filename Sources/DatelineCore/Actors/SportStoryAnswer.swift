/// Whether a document tells of sport, worked out the first time it is asked.
final class SportStoryAnswer {
  private let tagged: TaggedText
  private var answer: Bool?

  init(tagged: TaggedText) { self.tagged = tagged }

  /// `SportWords.isSportStory` of the document.
  var value: Bool {
    if let answer { return answer }
    let found = SportWords(tagged: tagged).isSportStory
    answer = found
    return found
  }
}
