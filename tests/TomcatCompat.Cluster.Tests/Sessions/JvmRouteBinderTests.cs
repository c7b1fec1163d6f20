using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tests.Support;

namespace TomcatCompat.Cluster.Tests.Sessions;

public sealed class JvmRouteBinderTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly InMemoryBus _bus = new();

    [Fact]
    public async Task JvmRouteBinderValve_foreign_route_renames_session_cluster_wide()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var session = (await a.Manager.CreateSessionAsync())!;
        var oldId = session.Id;

        var binding = await new JvmRouteBinder(b.Manager, "node2").BindAsync(oldId);

        var newId = oldId[..oldId.IndexOf('.', StringComparison.Ordinal)] + ".node2";
        Assert.Equal(new JvmRouteBinding(newId, oldId, true), binding);
        Assert.NotNull(a.Manager.FindSession(newId));
        Assert.Null(a.Manager.FindSession(oldId));
        Assert.Equal(SessionMessageKind.ChangeSessionId, _bus.Log[^1].Kind);
    }

    [Fact]
    public async Task JvmRouteBinderValve_old_id_after_rename_maps_onto_the_renamed_session()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var oldId = (await a.Manager.CreateSessionAsync())!.Id;
        var binder = new JvmRouteBinder(b.Manager, "node2");
        var first = await binder.BindAsync(oldId);

        var second = await binder.BindAsync(oldId);

        Assert.Equal(first with { }, second);
    }

    [Theory]
    [InlineData("ABC.node2")]
    [InlineData("ABC")]
    [InlineData("UNKNOWN.node1")]
    public async Task JvmRouteBinderValve_local_route_no_route_or_unknown_session_changes_nothing(string id)
    {
        var b = _bus.Add("node2", _time);

        Assert.Equal(JvmRouteBinding.Unchanged(id), await new JvmRouteBinder(b.Manager, "node2").BindAsync(id));
    }

    [Fact]
    public async Task JvmRouteBinderValve_enabled_false_changes_nothing()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var id = (await a.Manager.CreateSessionAsync())!.Id;

        Assert.Equal(JvmRouteBinding.Unchanged(id), await new JvmRouteBinder(b.Manager, "node2") { Enabled = false }.BindAsync(id));
    }

    [Theory]
    [InlineData("/app/img/a.gif", true)]
    [InlineData("/app/a.gif.jsp", false)]
    [InlineData("/app/index.jsp", false)]
    [InlineData("/app/style.css", true)]
    public void ReplicationValve_filter_matches_the_whole_uri(string uri, bool filtered)
    {
        var filter = ReplicationFilter.Create(@".*\.gif|.*\.js|.*\.jpeg|.*\.jpg|.*\.png|.*\.htm|.*\.html|.*\.css|.*\.txt", out var error);

        Assert.Null(error);
        Assert.Equal(filtered, filter.IsFiltered(uri));
    }

    [Fact]
    public void ReplicationValve_filter_invalid_or_empty_filters_nothing()
    {
        var invalid = ReplicationFilter.Create("(*.gif", out var error);

        Assert.NotNull(error);
        Assert.False(invalid.IsFiltered("/app/a.gif"));
        Assert.False(ReplicationFilter.Create("", out _).IsFiltered("/app/a.gif"));
    }
}
