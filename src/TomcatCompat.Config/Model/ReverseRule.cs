using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>A ProxyPassReverse / ProxyPassReverseCookiePath / ProxyPassReverseCookieDomain rule: <c>From</c> is the public side.</summary>
public sealed record ReverseRule(string Public, string Internal, bool Interpolate, SourceSpan Source);
