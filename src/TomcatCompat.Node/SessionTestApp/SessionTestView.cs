namespace TomcatCompat.Node.SessionTestApp;

/// <summary>What the session test page shows (field names as the anchor's JSP prints them).</summary>
internal sealed record SessionTestView(
    string Node,
    bool SessionFound,
    string? SessionId,
    string? RequestedSessionId,
    int Counter,
    string? CreatedOn,
    bool IsNew,
    long CreationTime,
    long LastAccessedTime);
