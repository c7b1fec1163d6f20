namespace TomcatCompat.Node.AccessLog;

/// <summary>What one finished request contributes to an access log line.</summary>
internal sealed record AccessLogRecord
{
    public required DateTimeOffset Start { get; init; }

    public required string RemoteAddress { get; init; }

    public required string LocalAddress { get; init; }

    public required int LocalPort { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required string Query { get; init; }

    public required string Protocol { get; init; }

    public required string ServerName { get; init; }

    public required int Status { get; init; }

    public required long BytesSent { get; init; }

    public required long ElapsedMicroseconds { get; init; }

    public string? SessionId { get; init; }

    public required Func<string, string?> RequestHeader { get; init; }

    public required Func<string, string?> ResponseHeader { get; init; }

    public required Func<string, string?> Cookie { get; init; }
}
