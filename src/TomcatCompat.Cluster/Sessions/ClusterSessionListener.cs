using System.Collections.Concurrent;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// Hands received session messages to the manager registered under the message's name (Tomcat:
/// ClusterSessionListener, §5.3). A GET_ALL_SESSIONS for an unknown context is answered with
/// NO_CONTEXT_MANAGER so the asking node stops waiting. Membership events go to every manager
/// (BackupManager re-places sessions when a member leaves; Tomcat's map hears them directly).
/// </summary>
internal sealed class ClusterSessionListener(IReplicationChannel channel) : IChannelListener, IMembershipListener
{
    private readonly ConcurrentDictionary<string, IReplicatedManager> _managers = new(StringComparer.Ordinal);
    private long _undecodable;
    private long _unknownContext;

    public long Undecodable => Interlocked.Read(ref _undecodable);

    public long UnknownContext => Interlocked.Read(ref _unknownContext);

    public void Register(IReplicatedManager manager) => _managers[manager.Name] = manager;

    public void Unregister(IReplicatedManager manager) => _managers.TryRemove(manager.Name, out _);

    public void MemberAdded(Member member)
    {
        foreach (var manager in _managers.Values)
            manager.MemberAdded(member);
    }

    public void MemberDisappeared(Member member, MemberLeaveReason reason)
    {
        foreach (var manager in _managers.Values)
            manager.MemberDisappeared(member);
    }

    public void MessageReceived(ChannelMessage message)
    {
        if (SessionMessageCodec.TryDecode(message.Payload) is not { } m)
        {
            Interlocked.Increment(ref _undecodable);
            return;
        }

        if (_managers.TryGetValue(m.ContextName, out var manager))
        {
            manager.MessageReceived(m, message.Sender);
            return;
        }

        Interlocked.Increment(ref _unknownContext);
        if (m.Kind == SessionMessageKind.GetAllSessions)
        {
            var reply = m with { Kind = SessionMessageKind.AllSessionNoContextManager, Payload = [] };
            _ = SendQuietlyAsync(reply, message.Sender);
        }
    }

    private async Task SendQuietlyAsync(SessionMessage reply, Member to)
    {
        try
        {
            await channel.SendAsync(reply, to, SendOptions.Asynchronous, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ChannelException)
        {
            // The asking node times out on its own (stateTransferTimeout).
        }
    }
}
