namespace TomcatCompat.Config.Tomcat;

/// <summary>One context found for a Host, before its web.xml is read.</summary>
/// <param name="Path">Context path ("" = ROOT).</param>
/// <param name="DocBase">Absolute directory or WAR of the application, when known.</param>
/// <param name="Settings">Its own context.xml layer (server.xml Context, xmlBase descriptor or META-INF/context.xml).</param>
internal sealed record ContextEntry(string Path, string? DocBase, ContextSettings Settings);
