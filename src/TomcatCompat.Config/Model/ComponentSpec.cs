using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>
/// A Tomcat element that names a class (Manager, Receiver, Sender, Transport, Valve, Listener, …):
/// the class as written, the class it resolves to after aliasing, its effective attributes.
/// </summary>
public sealed record ComponentSpec
{
    /// <summary><c>className</c> as written.</summary>
    public required string ClassName { get; init; }

    /// <summary>Simple class name after the alias table (e.g. MessageDispatch15Interceptor → MessageDispatchInterceptor).</summary>
    public required string Kind { get; init; }

    /// <summary>True when Tomcat adds this component by itself (§2) and no element names it.</summary>
    public bool Implicit { get; init; }

    /// <summary>Attributes as written, plus Tomcat's defaults for the ones the emulator uses.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
