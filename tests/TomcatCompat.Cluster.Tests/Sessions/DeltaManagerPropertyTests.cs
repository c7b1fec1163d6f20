using System.Text;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tests.Support;

namespace TomcatCompat.Cluster.Tests.Sessions;

public sealed class DeltaManagerPropertyTests
{
    [Fact]
    public void DeltaManager_any_delivery_order_with_duplicates_converges_to_the_primary_state()
    {
        var op = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 9], Gen.Bool);
        Gen.Select(op.Array[1, 6].Array[1, 6], Gen.Int, Gen.Int[0, 3]).Sample((requests, seed, duplicates) =>
        {
            var time = new FakeTimeProvider();
            var bus = new InMemoryBus { Hold = true };
            var (a, b) = (bus.Add("node1", time), bus.Add("node2", time));
            var session = a.Manager.CreateSessionAsync().AsTask().GetAwaiter().GetResult()!;
            foreach (var request in requests)
            {
                foreach (var (name, value, remove) in request)
                {
                    if (remove)
                        session.RemoveAttribute("k" + name);
                    else
                        session.SetAttribute("k" + name, Encoding.UTF8.GetBytes(value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                a.Manager.RequestCompletedAsync(session).AsTask().GetAwaiter().GetResult();
            }

            var random = new Random(seed);
            var held = bus.Held.ToList();
            held.AddRange(held.Take(duplicates));
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(held));
            foreach (var h in held)
                bus.Deliver(h);

            var replica = b.Manager.FindSession(session.Id)!;
            Assert.Equal(session.Version, replica.Version);
            Assert.Equal(Flatten(session), Flatten(replica));
        }, iter: 300);
    }

    private static string Flatten(DeltaSession s) =>
        string.Join(";", s.Attributes.Select(kv => kv.Key + "=" + Encoding.UTF8.GetString(kv.Value)));
}
