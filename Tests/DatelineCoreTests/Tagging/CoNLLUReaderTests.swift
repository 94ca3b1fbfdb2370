import Testing
@testable import DatelineCore

@Suite struct CoNLLUReaderTests {
  static let sample = """
    # newdoc id = one
    # text = We don't stop.
    1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    # text = Go.
    1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

    # newdoc id = two
    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_

    """

  @Test func readsWordsTagsLemmasAndSpacing() {
    let documents = CoNLLUReader.documents(in: Self.sample)
    #expect(documents.count == 2)
    let first = documents[0]
    #expect(String(decoding: first.text, as: UTF8.self) == "We don't stop. Go. ")
    #expect(first.tags == [.pron, .aux, .part, .verb, .punct, .verb, .punct])
    #expect(first.lemmas == ["we", "do", "not", "stop", ".", "go", "."])
    #expect(first.sentenceStarts == [0, 5])
    #expect(first.sentence(1) == 5..<7)
    #expect(first.starts[2] == 5 && first.ends[2] == 8)
    #expect(documents[1].tags == [.intj])
  }

  @Test func skipsLinesThatAreNotWords() {
    let text = "1.1\tgone\tgo\tVERB\t_\t_\t_\t_\t_\t_\n1\tbad\tbad\tNOTATAG\t_\t_\t_\t_\t_\t_\nnot a word line\n"
    #expect(CoNLLUReader.documents(in: text).isEmpty)
  }
}
