using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>httpd <c>Listen [addr:]port [protocol]</c>. Address null means all addresses.</summary>
public sealed record ListenSpec(string? Address, int Port, string Protocol, SourceSpan Source);
