using CsCheck;
using TomcatCompat.Cluster.Sessions;

namespace TomcatCompat.Cluster.Tests.Sessions;

public sealed class DeltaRequestTests
{
    [Fact]
    public void DeltaRequest_recordAllActions_false_keeps_only_the_last_action_per_attribute_in_order()
    {
        var delta = new DeltaRequest();
        delta.SetAttribute("a", [1]);
        delta.SetAttribute("b", [2]);
        delta.SetAttribute("a", [3]);
        delta.RemoveAttribute("b");

        Assert.Equal(
            [new DeltaAction(DeltaActionType.Attribute, false, "a", [3]), new DeltaAction(DeltaActionType.Attribute, true, "b", null)],
            delta.Actions, ActionComparer.Instance);
    }

    [Fact]
    public void DeltaRequest_recordAllActions_true_keeps_every_action()
    {
        var delta = new DeltaRequest(recordAllActions: true);
        delta.SetAttribute("a", [1]);
        delta.SetAttribute("a", [2]);
        delta.SetMaxInactiveInterval(60);

        Assert.Equal(["a", "a", "__SET__MAXINTERVAL__"], delta.Actions.Select(a => a.Name));
    }

    [Fact]
    public void DeltaRequest_serialize_round_trip()
    {
        var delta = new DeltaRequest();
        delta.SetAttribute("counter", [0, 0, 0, 7]);
        delta.RemoveAttribute("gone");
        delta.SetNew(false);

        var back = DeltaRequest.TryDeserialize(delta.Serialize());

        Assert.Equal(delta.Actions, back!, ActionComparer.Instance);
    }

    [Fact]
    public void DeltaRequest_random_and_mutated_bodies_never_throw()
    {
        var delta = new DeltaRequest();
        delta.SetAttribute("counter", [1, 2, 3]);
        var valid = delta.Serialize();
        Gen.Byte.Array[0, 80].Sample(b => DeltaRequest.TryDeserialize(b), iter: 300);
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte).Sample((i, v) =>
        {
            var copy = (byte[])valid.Clone();
            copy[i] = v;
            DeltaRequest.TryDeserialize(copy);
        }, iter: 300);
    }

    [Fact]
    public void SessionMessageCodec_round_trip_and_fuzz_never_throw()
    {
        var message = new SessionMessage(SessionMessageKind.SessionDelta, "localhost#/app", "ABC.node1", 5, 1234, [9, 9]);
        var bytes = SessionMessageCodec.Encode(message);

        var back = SessionMessageCodec.TryDecode(bytes)!;

        Assert.Equal(message with { Payload = [] }, back with { Payload = [] });
        Assert.Equal(message.Payload, back.Payload);
        Gen.Byte.Array[0, 100].Sample(b => SessionMessageCodec.TryDecode(b), iter: 300);
        Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte).Sample((i, v) =>
        {
            var copy = (byte[])bytes.Clone();
            copy[i] = v;
            SessionMessageCodec.TryDecode(copy);
        }, iter: 300);
    }

    [Fact]
    public void SessionIdGenerator_sessionIdLength_16_gives_32_upper_hex_and_jvmRoute()
    {
        var generator = new SessionIdGenerator(16, "node1", span => { for (var i = 0; i < span.Length; i++) span[i] = (byte)(0xA0 + i); });

        Assert.Equal("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF.node1", generator.Generate());
        Assert.Equal(40, new SessionIdGenerator(20).Generate().Length);
        Assert.Equal("ABC.node2", SessionIdGenerator.WithRoute("ABC.node1.x", "node2"));
    }

    private sealed class ActionComparer : IEqualityComparer<DeltaAction>
    {
        public static readonly ActionComparer Instance = new();

        public bool Equals(DeltaAction? x, DeltaAction? y) =>
            x!.Type == y!.Type && x.Remove == y.Remove && x.Name == y.Name && (x.Value ?? []).SequenceEqual(y.Value ?? []);

        public int GetHashCode(DeltaAction obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
