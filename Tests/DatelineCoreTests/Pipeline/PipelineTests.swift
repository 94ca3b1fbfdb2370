import Foundation
import Testing

@testable import DatelineCore

/// The pipeline from paths to a timeline: the same timeline for any number of jobs, unreadable
/// inputs collected while the rest is read, progress and timings reported.
@Suite struct PipelineTests {
  private func json(_ timeline: Timeline) throws -> Data {
    try ExportFormat.json.encoded(timeline)
  }

  @Test func oneTwoAndFourJobsGiveTheSameTimeline() throws {
    let scratch = try PipelineScratch("jobs")
    defer { scratch.remove() }
    let paths = try scratch.writeArticles(24)
    let timelines = try [1, 2, 4].map { jobs in
      let pipeline = Pipeline(jobs: jobs)
      return try json(pipeline.run(pipeline.inputs(for: paths)).timeline)
    }
    #expect(timelines[0] == timelines[1])
    #expect(timelines[0] == timelines[2])
    let timeline = Pipeline(jobs: 4).run(Pipeline().inputs(for: paths)).timeline
    #expect(timeline.documents.map(\.id) == Array(0..<24))
    #expect(timeline.documents.map(\.name) == paths)
  }

  @Test func documentsAlreadyReadKeepTheirIdsForAnyNumberOfJobs() throws {
    let documents = (0..<6).map { DocumentLoader().sample(id: $0) }
    let one = Pipeline(jobs: 1).timeline(of: documents)
    let three = Pipeline(jobs: 3).timeline(of: documents)
    #expect(try json(one) == json(three))
    #expect(three.documents.map(\.id) == Array(0..<6))
  }

  @Test(arguments: [1, 2, 4]) func unreadableInputsAreCollectedAndTheOthersRead(jobs: Int) throws {
    let scratch = try PipelineScratch("failures")
    defer { scratch.remove() }
    let good = try scratch.writeArticles(3)
    let binary = try scratch.write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0])
    let missing = scratch.directory + "/missing.txt"
    let pipeline = Pipeline(jobs: jobs)
    let inputs = pipeline.inputs(for: [good[0], missing, good[1], binary, good[2]])
    #expect(inputs.failures == [.fileNotFound(path: missing)])
    #expect(inputs.inputs.map(\.name) == [good[0], good[1], binary, good[2]])
    let recorder = PipelineRecorder()
    let result = pipeline.run(inputs, observer: recorder.observer)
    #expect(result.failures == [.binary(path: binary)])
    #expect(recorder.failures == [.binary(path: binary)])
    #expect(result.timeline.documents.map(\.name) == good)
    #expect(result.timeline.documents.map(\.id) == [0, 1, 2])
    #expect(result.timeline.events.allSatisfy { $0.mentions.allSatisfy { $0.document < 3 } })
  }

  @Test func aFileDeletedAfterItWasFoundIsAFailure() throws {
    let scratch = try PipelineScratch("deleted")
    defer { scratch.remove() }
    let paths = try scratch.writeArticles(2)
    let pipeline = Pipeline(jobs: 2)
    let inputs = pipeline.inputs(for: paths)
    try FileManager.default.removeItem(atPath: paths[0])
    let result = pipeline.run(inputs)
    #expect(result.failures == [.fileNotFound(path: paths[0])])
    #expect(result.timeline.documents.map(\.name) == [paths[1]])
    #expect(result.timeline.documents.map(\.id) == [0])
  }

  @Test(arguments: [1, 3]) func progressRisesToCompletion(jobs: Int) throws {
    let scratch = try PipelineScratch("progress")
    defer { scratch.remove() }
    let paths = try scratch.writeArticles(7) + [scratch.directory + "/gone.txt"]
    let pipeline = Pipeline(jobs: jobs)
    var inputs = pipeline.inputs(for: Array(paths.prefix(7)))
    inputs.inputs.insert(ArticleInput(.file(paths[7]), size: 100), at: 3)
    let recorder = PipelineRecorder()
    _ = pipeline.run(inputs, observer: recorder.observer)
    let progress = recorder.progress
    #expect(progress.map(\.inputsDone) == Array(1...8))
    #expect(progress.allSatisfy { $0.inputCount == 8 && $0.totalBytes == inputs.totalBytes })
    #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.bytesDone < $1.bytesDone && $0.fraction <= $1.fraction })
    #expect(progress.dropLast().allSatisfy { !$0.isComplete && $0.fraction < 1 })
    #expect(progress.last?.isComplete == true)
    #expect(progress.last?.fraction == 1)
    #expect(progress.last?.bytesDone == inputs.totalBytes)
  }

  @Test func findingsAreReportedPerDocumentInOrder() throws {
    let scratch = try PipelineScratch("findings")
    defer { scratch.remove() }
    let clean = try scratch.write("a-clean.txt", "---\npublished: 2021-11-09\n---\nOn Monday, Mara Quill resigned.\n")
    let broken = try scratch.write("b-broken.txt", Array("---\npublished: 2021-11-09\n---\nCaf".utf8) + [0xE9] + Array(" owners met.\n".utf8))
    let recorder = PipelineRecorder()
    let pipeline = Pipeline(jobs: 2)
    _ = pipeline.run(pipeline.inputs(for: [clean, broken]), observer: recorder.observer)
    #expect(recorder.findings.map(\.document) == [clean, broken])
    #expect(recorder.findings[0].kinds.isEmpty)
    #expect(recorder.findings[1].kinds == [.invalidUTF8])
  }

  @Test func timingsWithSeveralJobsAddUpEveryDocument() throws {
    let scratch = try PipelineScratch("timings")
    defer { scratch.remove() }
    let pipeline = Pipeline(jobs: 2)
    let result = pipeline.run(pipeline.inputs(for: try scratch.writeArticles(6)))
    #expect(result.timings.bytes == result.timeline.documents.reduce(0) { $0 + $1.text.count })
    for stage in [StageTimings.Stage.segmenting, .times, .actors, .events, .assembly] {
      #expect(result.timings.nanoseconds[StageTimings.Stage.allCases.firstIndex(of: stage)!] > 0, "\(stage)")
    }
    #expect(result.timings.report.contains("total"))
  }

  @Test func noPathGivesTheBundledSample() throws {
    let pipeline = Pipeline(jobs: 2)
    let inputs = pipeline.inputs(for: [])
    #expect(inputs.inputs.map(\.source) == [.sample])
    #expect(inputs.inputs[0].size > DocumentLoader().sample().text.count)
    let result = pipeline.run(inputs)
    #expect(try json(result.timeline) == json(Pipeline(jobs: 1).timeline(of: [DocumentLoader().sample()])))
  }

  @Test func theBackgroundRunPostsTheWholeTimelineLastAndCollectsFailures() throws {
    let scratch = try PipelineScratch("background")
    defer { scratch.remove() }
    let paths = try scratch.writeArticles(5)
    let pipeline = Pipeline(jobs: 2)
    var inputs = pipeline.inputs(for: paths)
    inputs.inputs.append(ArticleInput(.file(scratch.directory + "/gone.txt"), size: 0))
    let posts = PostRecorder()
    let run = pipeline.start(inputs) { timeline, progress in posts.add(timeline, progress) }
    #expect(posts.waitForTheEnd(seconds: 60))
    let last = try #require(posts.all.last)
    #expect(last.progress == nil)
    #expect(try json(last.timeline) == json(Pipeline(jobs: 1).run(inputs).timeline))
    #expect(run.failures == [.fileNotFound(path: scratch.directory + "/gone.txt")])
  }
}

/// Collects the timelines a background run posts, and waits for the last one.
final class PostRecorder: @unchecked Sendable {
  private let condition = NSCondition()
  private var posts: [(timeline: Timeline, progress: Double?)] = []

  /// Records one post.
  func add(_ timeline: Timeline, _ progress: Double?) {
    condition.lock()
    posts.append((timeline, progress))
    condition.broadcast()
    condition.unlock()
  }

  /// Every post so far.
  var all: [(timeline: Timeline, progress: Double?)] {
    condition.lock()
    defer { condition.unlock() }
    return posts
  }

  /// Waits until a post without progress (the end) came; false after `seconds` without one.
  func waitForTheEnd(seconds: Double) -> Bool {
    let deadline = Date(timeIntervalSinceNow: seconds)
    condition.lock()
    defer { condition.unlock() }
    while !posts.contains(where: { $0.progress == nil }) {
      if !condition.wait(until: deadline) { return false }
    }
    return true
  }
}
