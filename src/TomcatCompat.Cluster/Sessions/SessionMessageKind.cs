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

    // BackupManager's map messages: 100 + Tomcat's AbstractReplicatedMap.MapMessage number (§6) where
    // Tomcat has one, 120+ for ours. They travel in the same envelope, routed by manager name.

    /// <summary>Tomcat: <c>MSG_BACKUP</c> (1): the full session for its backup node, with its placement.</summary>
    MapBackup = 101,

    /// <summary>Tomcat: <c>MSG_RETRIEVE_BACKUP</c> (2): a proxy node asks for a copy (RPC; Version = call id).</summary>
    MapRetrieve = 102,

    /// <summary>Tomcat: <c>MSG_PROXY</c> (3): where primary and backup of a session live, no data.</summary>
    MapProxy = 103,

    /// <summary>Tomcat: <c>MSG_REMOVE</c> (4): the session is gone everywhere.</summary>
    MapRemove = 104,

    /// <summary>Tomcat: <c>MSG_STATE</c> (5): a starting node asks for every placement (RPC; Version = call id).</summary>
    MapState = 105,

    /// <summary>Tomcat: <c>MSG_ACCESS</c> (11): keeps the backup copy alive when nothing changed.</summary>
    MapAccess = 111,

    /// <summary>Ours (Tomcat sends a diff as MSG_BACKUP with a flag): one request's changes, to the backup only.</summary>
    MapDiff = 121,

    /// <summary>Ours: answer to <see cref="MapRetrieve"/> or <see cref="MapState"/> (Version = call id).</summary>
    MapReply = 122,

    /// <summary>Ours (Tomcat re-keys with remove + put): the session's id changed (JvmRouteBinderValve).</summary>
    MapRename = 123,

    /// <summary>Ours: a node that should be the backup has no copy (it restarted); asks the primary to send it again.</summary>
    MapResync = 124,
}
