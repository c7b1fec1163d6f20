using System.Net.Sockets;
using System.Text;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Health;

/// <summary>Runs one check against one member over a fresh TCP connection, closed afterwards.</summary>
internal static class HealthCheckProbe
{
    private const int MaxResponseBytes = 64 * 1024;

    /// <summary>Returns what was seen; Status 0 = connect failure, timeout or malformed status line.</summary>
    public static async Task<(bool Connected, HcResponse Response)> RunAsync(BalancerMember member, HealthCheckSpec hc, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var timeoutCts = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutCts.Token);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(member.Host, member.Port, linked.Token).ConfigureAwait(false);
            var request = HealthCheckRequest.Build(member, hc);
            if (request is null)
            {
                return (true, new HcResponse(200, ""));
            }

            await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, linked.Token).ConfigureAwait(false);
            var buffer = new byte[8192];
            using var received = new MemoryStream();
            while (received.Length < MaxResponseBytes)
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, linked.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                received.Write(buffer, 0, n);
                if (IsComplete(received, readBody: hc.Method.StartsWith("GET", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }
            }

            var text = Encoding.Latin1.GetString(received.GetBuffer(), 0, (int)received.Length);
            var lineEnd = text.IndexOf('\n');
            var status = HealthCheckRequest.ParseStatus(lineEnd < 0 ? text : text.AsSpan(0, lineEnd).TrimEnd('\r'));
            var bodyStart = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            return (true, new HcResponse(status, bodyStart < 0 ? "" : text[(bodyStart + 4)..]));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return (socket.Connected, new HcResponse(0, ""));
        }
    }

    /// <summary>Headers complete, and for GET the body too (Content-Length reached or the last chunk seen).</summary>
    private static bool IsComplete(MemoryStream received, bool readBody)
    {
        var span = received.GetBuffer().AsSpan(0, (int)received.Length);
        var end = span.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return false;
        }

        if (!readBody)
        {
            return true;
        }

        var head = Encoding.Latin1.GetString(span[..end]);
        var body = span.Length - end - 4;
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(line.AsSpan(15).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length))
            {
                return body >= length;
            }

            if (line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && line.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                return span.EndsWith("0\r\n\r\n"u8);
            }
        }

        // No length: HTTP/1.0 style, the server closes the connection.
        return false;
    }
}
