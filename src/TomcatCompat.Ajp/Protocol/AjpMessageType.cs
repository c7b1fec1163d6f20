namespace TomcatCompat.Ajp.Protocol;

/// <summary>The prefix code: first payload byte of every typed AJP/1.3 message.</summary>
public enum AjpMessageType : byte
{
    /// <summary>Server → container: a request (method, URI, headers, attributes).</summary>
    ForwardRequest = 2,

    /// <summary>Container → server: a piece of the response body.</summary>
    SendBodyChunk = 3,

    /// <summary>Container → server: status, reason and response headers.</summary>
    SendHeaders = 4,

    /// <summary>Container → server: the response is complete; one byte says whether the connection is reused.</summary>
    EndResponse = 5,

    /// <summary>Container → server: asks for the next request body chunk (up to a length).</summary>
    GetBodyChunk = 6,

    /// <summary>Server → container: asks the container to shut down (Tomcat ignores it).</summary>
    Shutdown = 7,

    /// <summary>Server → container: obsolete ping.</summary>
    Ping = 8,

    /// <summary>Container → server: answer to <see cref="CPing"/>.</summary>
    CPong = 9,

    /// <summary>Server → container: "are you alive"; answered by <see cref="CPong"/>.</summary>
    CPing = 10,
}
