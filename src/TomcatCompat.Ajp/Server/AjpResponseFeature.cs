using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TomcatCompat.Ajp.Server;

/// <summary>Status, headers and the OnStarting/OnCompleted callbacks of a response sent over AJP.</summary>
internal sealed class AjpResponseFeature : IHttpResponseFeature
{
    private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
    private readonly List<(Func<object, Task> Callback, object State)> _completed = [];

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    public Stream Body { get; set; } = Stream.Null;

    public bool HasStarted { get; private set; }

    public void OnStarting(Func<object, Task> callback, object state)
    {
        if (HasStarted)
            throw new InvalidOperationException("The response has already started.");
        _starting.Add((callback, state));
    }

    public void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

    /// <summary>Runs the OnStarting callbacks (last registered first, as Kestrel does) and marks the response started.</summary>
    public async Task StartAsync()
    {
        if (HasStarted)
            return;
        for (var i = _starting.Count - 1; i >= 0; i--)
            await _starting[i].Callback(_starting[i].State).ConfigureAwait(false);
        HasStarted = true;
    }

    public async Task CompleteAsync()
    {
        for (var i = _completed.Count - 1; i >= 0; i--)
            await _completed[i].Callback(_completed[i].State).ConfigureAwait(false);
    }

    /// <summary>Forgets what a failed handler set, so a 500 can be sent instead (only before the response started).</summary>
    public void Reset(int status)
    {
        StatusCode = status;
        ReasonPhrase = null;
        Headers.Clear();
    }
}
