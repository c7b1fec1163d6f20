namespace TomcatCompat.IntegrationTests.Chaos;

/// <summary>The counts of one chaos run.</summary>
/// <param name="Requests">Page requests sent (retries included).</param>
/// <param name="Retried">Resends of a GET after a 502/503 or a connection closed without a response.</param>
/// <param name="Failed">GETs that failed on every one of their three tries.</param>
/// <param name="LostSessions">Sessions whose state was lost: a new session instead, a counter going back, or not found at the end.</param>
/// <param name="Kills">kill -9 of a node, each followed by its restart.</param>
internal sealed record ChaosResult(int Sessions, int Requests, int Retried, int Failed, int LostSessions, int Kills, IReadOnlyList<string> Problems)
{
    public override string ToString() =>
        $"sessions={Sessions} requests={Requests} kills={Kills} retried={Retried} failed={Failed} lost={LostSessions}" +
        (Problems.Count == 0 ? "" : "\n" + string.Join('\n', Problems.Take(20)));
}
