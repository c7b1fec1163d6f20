using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.Ajp.Server;

/// <summary>What every connection of one listener shares.</summary>
internal sealed class AjpListenerContext(AjpServerOptions options, RequestDelegate application, IServiceProvider services, ILogger logger)
{
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    public AjpServerOptions Options => options;

    public RequestDelegate Application => application;

    public IServiceProvider Services => services;

    public ILogger Logger => logger;

    /// <summary>Logs once per listener that an attribute arrived but is not reproduced.</summary>
    public void ReportOnce(string attribute)
    {
        if (_reported.TryAdd(attribute, true))
            Log.AttributeNotReproduced(logger, options.Name, attribute);
    }
}
