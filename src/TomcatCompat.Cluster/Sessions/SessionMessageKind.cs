namespace TomcatCompat.Cluster.Sessions;

/// <summary>DeltaManager message types with Tomcat's numbers (<c>SessionMessage.EVT_*</c>, §5.1).</summary>
internal enum SessionMessageKind
{
    /// <summary>Tomcat: <c>EVT_SESSION_CREATED</c> (1), logged as "SESSION-MODIFIED".</summary>
    SessionCreated = 1,

    /// <summary>Tomcat: <c>EVT_SESSION_EXPIRED</c> (2).</summary>
    SessionExpired = 2,

    /// <summary>Tomcat: <c>EVT_SESSION_ACCESSED</c> (3).</summary>
    SessionAccessed = 3,

    /// <summary>Tomcat: <c>EVT_GET_ALL_SESSIONS</c> (4): a starting node asks for the full state.</summary>
    GetAllSessions = 4,

    /// <summary>Tomcat: <c>EVT_ALL_SESSION_DATA</c> (12): a block of the full state.</summary>
    AllSessionData = 12,

    /// <summary>Tomcat: <c>EVT_SESSION_DELTA</c> (13): the recorded changes of one request.</summary>
    SessionDelta = 13,

    /// <summary>Tomcat: <c>EVT_ALL_SESSION_TRANSFERCOMPLETE</c> (14).</summary>
    AllSessionTransferComplete = 14,

    /// <summary>Tomcat: <c>EVT_CHANGE_SESSION_ID</c> (15).</summary>
    ChangeSessionId = 15,

    /// <summary>Tomcat: <c>EVT_ALL_SESSION_NOCONTEXTMANAGER</c> (16): the asked node has no such context.</summary>
    AllSessionNoContextManager = 16,
}
