import Foundation
import PackagePlugin

/// Compiles every file under the package's `Resources/` folder into a Swift source file, so the
/// release binary carries its sample articles and lexicons and works when copied alone.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let resources = context.package.directoryURL.appending(path: "Resources")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
    let inputs = try resourceFiles(under: resources)
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) resource files",
        executable: try context.tool(named: "embed-resources").url,
        arguments: [resources.path(percentEncoded: false), output.path(percentEncoded: false)],
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  private func resourceFiles(under root: URL) throws -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var files: [URL] = []
    for case let url as URL in walker
    where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
