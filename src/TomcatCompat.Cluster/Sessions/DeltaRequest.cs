using System.Buffers.Binary;
using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// The changes one request made to a session, in order (Tomcat: DeltaRequest). With
/// <c>recordAllActions=false</c> (the default) only the last action per name survives, and it
/// moves to the end, so replaying the list gives the same final state in linear time.
/// </summary>
internal sealed class DeltaRequest
{
    private readonly bool _recordAllActions;
    private readonly List<DeltaAction?> _actions = [];
    private readonly Dictionary<(DeltaActionType, string), int> _last = [];
    private int _count;

    public DeltaRequest(bool recordAllActions = false) => _recordAllActions = recordAllActions;

    public bool IsEmpty => _count == 0;

    public IReadOnlyList<DeltaAction> Actions => [.. _actions.OfType<DeltaAction>()];

    public void SetAttribute(string name, byte[] value) => Add(new DeltaAction(DeltaActionType.Attribute, false, name, value));

    public void RemoveAttribute(string name) => Add(new DeltaAction(DeltaActionType.Attribute, true, name, null));

    public void SetMaxInactiveInterval(int seconds)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, seconds);
        Add(new DeltaAction(DeltaActionType.MaxInactiveInterval, false, "__SET__MAXINTERVAL__", bytes));
    }

    public void SetNew(bool isNew) => Add(new DeltaAction(DeltaActionType.IsNew, false, "__SET__ISNEW__", [isNew ? (byte)1 : (byte)0]));

    public void Clear()
    {
        _actions.Clear();
        _last.Clear();
        _count = 0;
    }

    public byte[] Serialize() => Serialize(Actions);

    public static byte[] Serialize(IReadOnlyList<DeltaAction> actions)
    {
        var w = new PayloadWriter();
        w.WriteInt32(actions.Count);
        foreach (var a in actions)
        {
            w.WriteByte((byte)a.Type);
            w.WriteBool(a.Remove);
            w.WriteString(a.Name);
            if (!a.Remove)
                w.WriteBytes(a.Value ?? []);
        }

        return w.ToArray();
    }

    /// <summary>Never throws: a malformed body gives null.</summary>
    public static IReadOnlyList<DeltaAction>? TryDeserialize(ReadOnlyMemory<byte> data)
    {
        try
        {
            var r = new PayloadReader(data);
            var count = r.ReadCount(minItemSize: 6);
            var actions = new List<DeltaAction>(count);
            for (var i = 0; i < count; i++)
            {
                var type = (DeltaActionType)r.ReadByte();
                if (!Enum.IsDefined(type))
                    throw new FormatException("unknown action type");
                var remove = r.ReadBool();
                var name = r.ReadRequiredString();
                actions.Add(new DeltaAction(type, remove, name, remove ? null : r.ReadBytes()));
            }

            r.ExpectEnd();
            return actions;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void Add(DeltaAction action)
    {
        if (!_recordAllActions && _last.TryGetValue((action.Type, action.Name), out var previous))
        {
            _actions[previous] = null;
            _count--;
        }

        _last[(action.Type, action.Name)] = _actions.Count;
        _actions.Add(action);
        _count++;
    }
}
