using System.Diagnostics;
using System.Net;
using TomcatCompat.IntegrationTests.SeedTest;

namespace TomcatCompat.IntegrationTests.Chaos;

/// <summary>
/// 200 client sessions under load through the balancer while the nodes are killed (-9) and restarted in
/// turn. Each session belongs to one worker, so its counter must grow by exactly one per answered
/// request (up to two more when tries of a resent GET had been counted before the node died). The client behaves
/// like a person reloading: a GET that gets httpd's 502 (backend died after the request was sent:
/// mod_proxy_http AH01102, no failover, httpd-proxy.md §3.6/§6.3) or 503 (every member in error within
/// one request; forcerecovery only acts at the start of the next, §3.7), or whose connection closes
/// without a response, is sent again, at most twice. Bounded: fixed duration, 10 s per request.
/// </summary>
internal static class ChaosRun
{
    private const string Page = "/test/index.jsp?format=text";

    public static async Task<ChaosResult> RunAsync(CompatSeedStack stack, int sessions, int workers, TimeSpan chaos)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(10) };
        var counters = new int[sessions];
        var cookies = new string?[sessions];
        var problems = new List<string>();
        int requests = 0, retried = 0, failed = 0;

        var failures = new List<string>();
        async Task<(int Counter, string? SetCookie)?> Get(string? cookie)
        {
            var why = new List<string>();
            // Three tries: a request in flight on the killed node gets 502; its resend, sticky to the dead node,
            // can get 503 when the peer is still inside its retry=60 window (every member in error, no
            // failover left); at the start of the next request forcerecovery clears them (§3.7) and it succeeds.
            for (var attempt = 0; attempt < 3; attempt++)
            {
                Interlocked.Increment(ref requests);
                if (attempt > 0)
                    Interlocked.Increment(ref retried);
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, stack.BalancerUrl + Page);
                    if (cookie is not null)
                        request.Headers.Add("Cookie", cookie);
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    why.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable)
                        continue;
                    if (response.StatusCode != HttpStatusCode.OK)
                        break;
                    var line = body.Split('\n').FirstOrDefault(l => l.StartsWith("counter=", StringComparison.Ordinal));
                    var setCookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.First().Split(';')[0] : null;
                    return (int.Parse(line!["counter=".Length..], System.Globalization.CultureInfo.InvariantCulture), setCookie);
                }
                catch (HttpRequestException e)
                {
                    // Connection closed without a response: a browser resends an idempotent request once.
                    why.Add(e.Message);
                }
            }

            Interlocked.Increment(ref failed);
            lock (failures)
                failures.Add(DateTime.UtcNow.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + " " + cookie + ": " + string.Join(", then ", why));
            return null;
        }

        void Problem(string text)
        {
            lock (problems)
                problems.Add(text);
        }

        // Create the sessions.
        await Parallel.ForAsync(0, sessions, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (i, _) =>
        {
            if (await Get(null) is { } created)
            {
                counters[i] = created.Counter;
                cookies[i] = created.SetCookie;
            }
        });

        using var stop = new CancellationTokenSource(chaos);
        var load = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                for (var i = w; i < sessions && !stop.IsCancellationRequested; i += workers)
                {
                    if (cookies[i] is null || await Get(cookies[i]) is not { } answer)
                        continue;
                    if (answer.SetCookie is { } renamed && renamed.Split('.')[0] != cookies[i]!.Split('.')[0])
                        Problem($"session {i}: a new session {renamed} instead of {cookies[i]} (counter {answer.Counter}, was {counters[i]})");
                    else if (!Continues(counters[i], answer.Counter))
                        Problem($"session {i}: counter {answer.Counter} after {counters[i]}");
                    counters[i] = answer.Counter;
                    cookies[i] = answer.SetCookie ?? cookies[i];
                }
            }
        })).ToList();

        var kills = 0;
        var clock = Stopwatch.StartNew();
        for (var route = "tomcat1"; clock.Elapsed < chaos - TimeSpan.FromSeconds(8); route = route == "tomcat1" ? "tomcat2" : "tomcat1")
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            Problem(DateTime.UtcNow.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + " kill -9 " + route);
            await stack.KillAsync(route);
            kills++;
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stack.RestartAsync(route);
            // Give the restarted node time to join before its peer dies (the survivor's state must reach it).
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        await Task.WhenAll(load);
        var lost = problems.Count - kills;
        // Every session must still be there with the last counter the client saw.
        for (var i = 0; i < sessions; i++)
        {
            if (cookies[i] is null)
            {
                lost++;
                Problem($"session {i}: never created");
                continue;
            }

            var before = counters[i];
            var last = await Get(cookies[i]);
            if (last is not { } read || !Continues(before, read.Counter))
            {
                lost++;
                Problem($"session {i}: final read {(last is { } l ? l.Counter.ToString(System.Globalization.CultureInfo.InvariantCulture) : "failed")} after {before}");
            }
        }

        return new ChaosResult(sessions, requests, retried, failed, lost, kills, [.. problems, .. failures]);
    }

    /// <summary>One more per answered request, plus one per earlier try the dead node had already counted (at most two).</summary>
    private static bool Continues(int before, int now) => now > before && now <= before + 3;
}
