using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

/// <summary>The AJP facts of a request served by <see cref="AjpListener"/>: the decoded FORWARD_REQUEST.</summary>
public interface IAjpRequestFeature
{
    AjpForwardRequest Request { get; }

    /// <summary>httpd's route (jvm_route attribute), null when not sent.</summary>
    string? JvmRoute { get; }
}
