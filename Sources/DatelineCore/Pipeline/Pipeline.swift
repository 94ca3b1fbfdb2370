import Foundation

/// The one way from inputs to a timeline, for every front end. It finds the inputs that paths
/// name, reads them, extracts each document on its own (`DocumentExtractor`) on `jobs` threads,
/// and merges the extractions in document order (`TimelineAssembler`) as soon as each is ready,
/// so the timeline is the same for any number of jobs and the extractions of all documents are
/// never held at once. Progress, findings and failures go to a `PipelineObserver` as each input
/// is merged; `start` runs the same in the background and posts timelines as it goes.
public struct Pipeline: Sendable {
  /// How many threads read and extract at once; with 1, everything runs on the calling thread.
  public var jobs: Int
  /// Finds and reads the inputs (with the `--published` override, if any).
  public var loader: DocumentLoader
  private let extractor: DocumentExtractor

  /// How many documents may be extracted ahead of the one being merged.
  static let window = 16

  /// One job per core.
  public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// A pipeline on `jobs` threads; `published` overrides every document's publication date,
  /// documents longer than `blockBytes` are extracted a block at a time (see
  /// `DocumentExtractor.extract(_:timings:blocks:)`), and `today` is the day of the run (see
  /// `DocumentExtractor.today`).
  public init(
    published: TimeValue? = nil, jobs: Int = Pipeline.defaultJobs, timeTagger: TimeTagger = .standard,
    blockBytes: Int = DocumentExtractor.defaultBlockBytes, today: TimePoint? = nil
  ) {
    self.jobs = max(1, jobs)
    loader = DocumentLoader(published: published)
    extractor = DocumentExtractor(timeTagger: timeTagger, blockBytes: blockBytes, today: today)
  }

  /// The inputs `paths` name (see `DocumentLoader.inputs(for:)`): no path gives the bundled sample.
  public func inputs(for paths: [String]) -> PipelineInputs {
    let (inputs, failures) = loader.inputs(for: paths)
    return PipelineInputs(inputs, failures: failures)
  }

  /// Reads and extracts `inputs` and assembles their timeline. An input that cannot be read is
  /// reported and left out; the others are still read, and their documents (several for a feed)
  /// take consecutive ids.
  public func run(_ inputs: PipelineInputs, observer: PipelineObserver = PipelineObserver()) -> PipelineResult {
    assemble(read(inputs), observer: observer, update: nil)
  }

  /// Extracts documents already read, keeping their ids, and assembles their timeline.
  public func run(_ documents: [Document], observer: PipelineObserver = PipelineObserver()) -> PipelineResult {
    assemble(Source(documents), observer: observer, update: nil)
  }

  /// The timeline of documents already read.
  public func timeline(of documents: [Document]) -> Timeline {
    run(documents).timeline
  }

  /// Reads `inputs` without extracting them: the documents read, and the inputs that could not
  /// be read, in input order.
  public func documents(_ inputs: PipelineInputs) -> (documents: [Document], failures: [CoreError]) {
    var documents: [Document] = []
    let failures = forEachDocument(read(inputs), observer: PipelineObserver(), process: { $0 }) { document, _, _ in
      documents.append(document)
    }
    return (documents, failures)
  }

  /// Where a run's documents come from: `load(index)` gives the documents of input `index` (one,
  /// or a feed's items) or why it could not be read; `sizes` are the inputs' sizes for progress.
  struct Source: Sendable {
    let sizes: [Int]
    let load: @Sendable (Int) -> Result<[Document], CoreError>

    /// Documents already read, one input each.
    init(_ documents: [Document]) {
      sizes = documents.map(\.text.count)
      load = { .success([documents[$0]]) }
    }

    init(sizes: [Int], load: @escaping @Sendable (Int) -> Result<[Document], CoreError>) {
      self.sizes = sizes
      self.load = load
    }
  }

  /// The inputs read with `loader`, their documents numbered in input order over those that
  /// could be read.
  func read(_ inputs: PipelineInputs) -> Source {
    let numbering = DocumentNumbering()
    return Source(sizes: inputs.inputs.map(\.size)) { [loader, inputs] index in
      let read = loader.read(inputs.inputs[index], firstID: 0)
      let firstID = numbering.number(index, documents: (try? read.get())?.count ?? 0)
      return read.map { documents in
        documents.enumerated().map { offset, document in
          var numbered = document
          numbered.id = firstID + offset
          return numbered
        }
      }
    }
  }

  /// Extracts and assembles the documents of `source`; when `update` is given, it gets the
  /// timeline so far each time the bytes done have doubled since the last one (from 1 MB on).
  func assemble(_ source: Source, observer: PipelineObserver, update: ((Timeline, Double) -> Void)?) -> PipelineResult {
    var assembler = TimelineAssembler()
    var timings = StageTimings()
    var nextUpdate = 1 << 20
    let failures = forEachDocument(source, observer: observer, process: prepared) { made, progress, partway in
      switch made {
      case .extracted(let made):
        timings.add(made.timings)
        timings.measure(.assembly) { assembler.add(made.extraction) }
        observer.findings(made.extraction.document, made.extraction.findings)
      case .cutIntoBlocks(let document):
        assembleBlocks(of: document, into: &assembler, timings: &timings, observer: observer, partway: partway)
      }
      if let update, progress.bytesDone >= nextUpdate, !progress.isComplete {
        update(assembler.timeline(), progress.fraction)
        nextUpdate = progress.bytesDone * 2
      }
    }
    let timeline = timings.measure(.assembly) { assembler.takeTimeline() }
    return PipelineResult(timeline: timeline, failures: failures, timings: timings)
  }

  /// What a worker makes of a document: its extraction, or for a document extracted a block at
  /// a time, nothing yet: its blocks are extracted where they are assembled, so that only one
  /// block's extraction is held at once.
  private enum Prepared: Sendable {
    case extracted(DocumentExtractor.Measured)
    case cutIntoBlocks(Document)
  }

  private func prepared(_ document: Document) -> Prepared {
    extractor.isCutIntoBlocks(document) ? .cutIntoBlocks(document) : .extracted(extractor.measuredExtraction(document))
  }

  /// Extracts `document` a block at a time and adds each block to `assembler` as it is made,
  /// telling `partway` the share of the document's work done after each block of each pass.
  private func assembleBlocks(
    of document: Document, into assembler: inout TimelineAssembler, timings: inout StageTimings,
    observer: PipelineObserver, partway: (Double) -> Void
  ) {
    var extraction = StageTimings()
    var assembly = StageTimings()
    var findings: [Finding] = []
    var first = true
    extractor.extract(document, timings: &extraction, progress: partway) { block, _ in
      assembly.measure(.assembly) { first ? assembler.add(block) : assembler.addBlock(block) }
      findings += block.findings
      first = false
    }
    timings.add(extraction)
    timings.add(assembly)
    observer.findings(document, findings)
  }

  /// Loads and processes every document of `source` on `jobs` threads and hands each output, in
  /// document order, to `consume` on the calling thread, with the progress once its input is
  /// counted, and a `partway` that reports to `observer` the progress while a share (0…1) of
  /// the input is done: only when it has grown, and never the whole input, which is reported
  /// once its outputs are consumed. The one place where inputs
  /// that cannot be read are collected: reported, returned, and skipped.
  private func forEachDocument<Output: Sendable>(
    _ source: Source, observer: PipelineObserver, process: @escaping @Sendable (Document) -> Output,
    consume: (Output, PipelineProgress, _ partway: (Double) -> Void) -> Void
  ) -> [CoreError] {
    var failures: [CoreError] = []
    var progress = PipelineProgress(inputCount: source.sizes.count, totalBytes: source.sizes.reduce(0, +))
    OrderedQueue.run(count: source.sizes.count, jobs: jobs, window: Self.window, work: { source.load($0).map { $0.map(process) } }) {
      index, outcome in
      var within = progress
      let partway = { [before = progress.bytesDone, size = source.sizes[index]] (share: Double) in
        let bytesDone = before + Int(Double(size) * min(1, max(0, share)))
        guard bytesDone > within.bytesDone, bytesDone < before + size else { return }
        within.bytesDone = bytesDone
        observer.progress(within)
      }
      progress.inputsDone += 1
      progress.bytesDone += source.sizes[index]
      switch outcome {
      case .success(let outputs):
        for output in outputs { consume(output, progress, partway) }
      case .failure(let failure):
        failures.append(failure)
        observer.failure(failure)
      }
      observer.progress(progress)
    }
    return failures
  }
}
