using CsCheck;
using TomcatCompat.Cluster.Configuration;
using TomcatCompat.Cluster.Diagnostics;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Interceptors;
using static TomcatCompat.Cluster.Tests.Support.ClusterXml;

namespace TomcatCompat.Cluster.Tests.Configuration;

public sealed class ClusterFactoryTests
{
    [Fact]
    public void ClusterFactory_seed_cluster_builds_with_only_the_maxThreads_note()
    {
        var result = ClusterFactory.Build(Read(Seed(14000, [14000, 14001])), NoDns.Options("node1"));

        Assert.Equal(["TC4318"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("maxThreads=\"6\"", result.Diagnostics[0].Message, StringComparison.Ordinal);
        var runtime = result.Runtime!;
        Assert.Equal([typeof(TcpFailureDetector), typeof(MessageDispatchInterceptor)], runtime.Channel.Interceptors.Select(i => i.GetType()));
        Assert.Equal(SendOptions.Asynchronous, runtime.ManagerTemplate.ChannelSendOptions);
        Assert.False(runtime.ManagerTemplate.ExpireSessionsOnShutdown);
        Assert.True(runtime.JvmRouteBinderEnabled);
        Assert.Null(runtime.ReplicationFilter.Pattern);
        Assert.Equal("Catalina-Channel", runtime.Channel.Name);
    }

    [Fact]
    public void ClusterFactory_bare_Cluster_gets_McastService_with_Tomcat_defaults()
    {
        var result = ClusterFactory.Build(Read("""<Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/>"""), NoDns.Options());

        Assert.Empty(result.Diagnostics);
        var mcast = Assert.IsType<TomcatCompat.Cluster.Tribes.Membership.McastService>(result.Runtime!.Channel.Coordinator.Membership);
        Assert.Equal(
            ("228.0.0.4", 45564, 500.0, 3000.0, true, 10, 5000.0, false),
            (mcast.Options.Address.ToString(), mcast.Options.Port, mcast.Options.Frequency.TotalMilliseconds, mcast.Options.DropTime.TotalMilliseconds,
             mcast.Options.RecoveryEnabled, mcast.Options.RecoveryCounter, mcast.Options.RecoverySleepTime.TotalMilliseconds, mcast.Options.LocalLoopbackDisabled));
    }

    [Fact]
    public void ClusterFactory_McastService_address_that_is_not_multicast_fails_the_start_with_TC4320()
    {
        var xml = """
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
              <Channel className="org.apache.catalina.tribes.group.GroupChannel">
                <Membership className="org.apache.catalina.tribes.membership.McastService" address="10.0.0.4" port="45564" frequency="200" dropTime="1000" domain="blue" ttl="2"/>
              </Channel>
            </Cluster>
            """;

        var result = ClusterFactory.Build(Read(xml), NoDns.Options());

        Assert.Null(result.Runtime);
        Assert.Equal(["TC4320"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void ClusterFactory_EncryptInterceptor_after_TcpFailureDetector_refuses_to_start_and_leaves_the_report_to_TC2420()
    {
        var xml = Seed(14000, [14000], Interceptor("TcpFailureDetector") + Interceptor("EncryptInterceptor", "encryptionKey=\"000102030405060708090A0B0C0D0E0F\""));

        var spec = Read(xml, out var frontEnd);
        var result = ClusterFactory.Build(spec, NoDns.Options());

        Assert.Null(result.Runtime);
        var reported = Assert.Single(frontEnd, d => d.Code is "TC2420" or "TC4305");
        Assert.Equal("TC2420", reported.Code);
        Assert.Equal(spec.Channel.Interceptors[1].Component.Source, reported.Span);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "TC4305" or "TC2420");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Config.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void ClusterFactory_EncryptInterceptor_after_TcpFailureDetector_in_a_spec_not_checked_by_the_front_end_is_TC4305()
    {
        var xml = Seed(14000, [14000], Interceptor("TcpFailureDetector") + Interceptor("EncryptInterceptor", "encryptionKey=\"000102030405060708090A0B0C0D0E0F\""));
        var spec = Read(xml);

        var result = ClusterFactory.Build(spec, NoDns.Options() with { CheckedByFrontEnd = false });

        Assert.Null(result.Runtime);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TC4305");
        Assert.Equal(Config.Diagnostics.DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(spec.Channel.Interceptors[1].Component.Source, d.Span);
    }

    [Fact]
    public void ClusterFactory_EncryptInterceptor_before_TcpFailureDetector_is_neither_TC2420_nor_TC4305()
    {
        var xml = Seed(14000, [14000], Interceptor("EncryptInterceptor", "encryptionKey=\"000102030405060708090A0B0C0D0E0F\"") + Interceptor("TcpFailureDetector"));

        var result = ClusterFactory.Build(Read(xml, out var frontEnd), NoDns.Options() with { CheckedByFrontEnd = false });

        Assert.NotNull(result.Runtime);
        Assert.DoesNotContain(frontEnd, d => d.Code == "TC2420");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TC4305");
    }

    [Theory]
    [InlineData("", "TC4307")]
    [InlineData("encryptionKey=\"0001\"", "TC4307")]
    [InlineData("encryptionKey=\"000102030405060708090A0B0C0D0E0F\" encryptionAlgorithm=\"AES/ECB/PKCS5Padding\"", "TC4308")]
    public void ClusterFactory_EncryptInterceptor_bad_key_or_algorithm_refuses_to_start(string attributes, string code)
    {
        var result = ClusterFactory.Build(Read(Seed(14000, [14000], Interceptor("EncryptInterceptor", attributes))), NoDns.Options());

        Assert.Null(result.Runtime);
        Assert.Equal([code], result.Diagnostics.Where(d => d.Code != "TC4318").Select(d => d.Code));
    }

    [Fact]
    public void ClusterFactory_EncryptInterceptor_key_never_appears_in_messages()
    {
        var result = ClusterFactory.Build(Read(Seed(14000, [14000], Interceptor("EncryptInterceptor", "encryptionKey=\"deadbeefdeadbeef\""))), NoDns.Options());

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("deadbeef", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ClusterFactory_EncryptInterceptor_OFB_is_substituted_by_GCM()
    {
        var result = ClusterFactory.Build(Read(Seed(14000, [14000],
            Interceptor("EncryptInterceptor", "encryptionKey=\"000102030405060708090A0B0C0D0E0F\" encryptionAlgorithm=\"AES/OFB/PKCS5Padding\"") + Interceptor("TcpFailureDetector"))), NoDns.Options());

        Assert.NotNull(result.Runtime);
        Assert.Equal(["TC4309"], result.Diagnostics.Where(d => d.Code != "TC4318").Select(d => d.Code));
    }

    [Fact]
    public void ClusterFactory_no_member_matches_the_receiver_refuses_to_start()
    {
        var result = ClusterFactory.Build(Read(Seed(14005, [14000, 14001])), NoDns.Options());

        Assert.Null(result.Runtime);
        Assert.Contains(result.Diagnostics, d => d.Code == "TC4311" && d.Message.Contains("127.0.0.1:14005", StringComparison.Ordinal));
    }

    [Fact]
    public void ClusterFactory_static_members_without_distinct_uniqueId_get_ids_from_host_and_port()
    {
        var xml = Seed(14000, [14000, 14001]).Replace("uniqueId=\"{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2}\"", "", StringComparison.Ordinal)
            .Replace("uniqueId=\"{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1}\"", "", StringComparison.Ordinal);

        var result = ClusterFactory.Build(Read(xml), NoDns.Options());

        var d = Assert.Single(result.Diagnostics, d => d.Code == "TC4312");
        Assert.Equal(Config.Diagnostics.DiagnosticSeverity.Info, d.Severity);
        Assert.Contains("127.0.0.1:14000, 127.0.0.1:14001", d.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Runtime);
    }

    [Fact]
    public void ClusterFactory_unresolvable_static_member_host_is_reported_and_left_out()
    {
        var xml = Seed(14000, [14000, 14001]).Replace("host=\"127.0.0.1\" port=\"14001\"", "host=\"no-such-host.invalid\" port=\"14001\"", StringComparison.Ordinal);

        var result = ClusterFactory.Build(Read(xml), NoDns.Options());

        Assert.Contains(result.Diagnostics, d => d.Code == "TC4320" && d.Message.StartsWith("<Member> host=\"no-such-host.invalid\"", StringComparison.Ordinal));
        Assert.NotNull(result.Runtime);
    }

    [Fact]
    public void ClusterFactory_interceptors_not_implemented_are_reported_and_left_out()
    {
        var result = ClusterFactory.Build(Read(Seed(14000, [14000],
            Interceptor("TcpPingInterceptor") + Interceptor("TcpFailureDetector") + Interceptor("OrderInterceptor"))), NoDns.Options());

        Assert.Equal(["TC4304", "TC4304"], result.Diagnostics.Where(d => d.Code != "TC4318").Select(d => d.Code));
        Assert.Equal([typeof(TcpFailureDetector)], result.Runtime!.Channel.Interceptors.Select(i => i.GetType()));
    }

    [Fact]
    public void ClusterFactory_BackupManager_mapSendOptions_rpcTimeout_accessTimeout_are_honoured_without_TC4302()
    {
        var xml = Seed(14000, [14000]).Replace("session.DeltaManager\" expireSessionsOnShutdown=\"false\"",
            "session.BackupManager\" mapSendOptions=\"use_ack\" rpcTimeout=\"2000\" accessTimeout=\"700\" terminateOnStartFailure=\"true\"", StringComparison.Ordinal);

        var result = ClusterFactory.Build(Read(xml), NoDns.Options());

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TC4302");
        var manager = Assert.IsType<TomcatCompat.Cluster.Sessions.BackupManager>(result.Runtime!.CreateManager("localhost#/app"));
        Assert.Equal(
            (SendOptions.UseAck, TimeSpan.FromMilliseconds(2000), TimeSpan.FromMilliseconds(700), true),
            (manager.Options.MapSendOptions, manager.Options.RpcTimeout, manager.Options.AccessTimeout, manager.Options.TerminateOnStartFailure));
    }

    [Fact]
    public void ClusterFactory_BackupManager_default_mapSendOptions_is_6()
    {
        var xml = Seed(14000, [14000]).Replace("session.DeltaManager\" expireSessionsOnShutdown=\"false\"", "session.BackupManager\"", StringComparison.Ordinal);

        var manager = (TomcatCompat.Cluster.Sessions.BackupManager)ClusterFactory.Build(Read(xml), NoDns.Options()).Runtime!.CreateManager("localhost#/app");

        Assert.Equal(SendOptions.UseAck | SendOptions.SynchronizedAck, manager.Options.MapSendOptions);
    }

    [Fact]
    public void ClusterFactory_BackupManager_without_ClusterListener_still_receives_session_messages()
    {
        var xml = Seed(14000, [14000]).Replace("session.DeltaManager\" expireSessionsOnShutdown=\"false\"", "session.BackupManager\"", StringComparison.Ordinal)
            .Replace("<ClusterListener className=\"org.apache.catalina.ha.session.ClusterSessionListener\"/>", "", StringComparison.Ordinal);
        var spec = Read(xml);

        var result = ClusterFactory.Build(spec, NoDns.Options());

        Assert.Empty(spec.ClusterListeners);
        Assert.True(result.Runtime!.ReceivesSessionMessages);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TC4317");
    }

    [Fact]
    public void ClusterFactory_optionCheck_with_overlapping_flags_refuses_to_start()
    {
        var xml = Seed(14000, [14000], Interceptor("MessageDispatchInterceptor") + Interceptor("ThroughputInterceptor", "optionFlag=\"8\""))
            .Replace("group.GroupChannel\"", "group.GroupChannel\" optionCheck=\"true\"", StringComparison.Ordinal);

        var spec = Read(xml);
        var result = ClusterFactory.Build(spec, NoDns.Options());

        Assert.Equal("true", spec.Channel.Channel.Attributes["optionCheck"]);
        Assert.Equal("8", spec.Channel.Interceptors[1].Component.Attributes["optionFlag"]);
        Assert.Null(result.Runtime);
        Assert.Contains(result.Diagnostics, d => d.Code == "TC4313");
    }

    [Fact]
    public void ClusterFactory_ReplicationValve_invalid_filter_warns_and_filters_nothing()
    {
        var xml = Seed(14000, [14000]).Replace("filter=\"\"", "filter=\"(*.gif\"", StringComparison.Ordinal);

        var result = ClusterFactory.Build(Read(xml), NoDns.Options());

        Assert.Contains(result.Diagnostics, d => d.Code == "TC4314");
        Assert.False(result.Runtime!.ReplicationFilter.IsFiltered("/app/a.gif"));
    }

    [Fact]
    public void ClusterFactory_custom_ClusterListener_only_means_the_manager_hears_nothing()
    {
        var xml = Seed(14000, [14000]).Replace("session.ClusterSessionListener", "session.JvmRouteSessionIDBinderListener", StringComparison.Ordinal);

        var result = ClusterFactory.Build(Read(xml), NoDns.Options());

        Assert.Contains(result.Diagnostics, d => d.Code == "TC4317");
        Assert.False(result.Runtime!.ReceivesSessionMessages);
    }

    [Fact]
    public async Task ClusterRuntime_processExpiresFrequency_2_sweeps_every_20_seconds_on_the_injected_clock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var runtime = ClusterFactory.Build(Read(Seed(14000, [14000], managerAttributes: "processExpiresFrequency=\"2\"")), NoDns.Options(time: time)).Runtime!;
        var manager = (TomcatCompat.Cluster.Sessions.DeltaManager)runtime.CreateManager("localhost#/app", maxInactiveInterval: 30);
        var session = (await manager.CreateSessionAsync())!;
        runtime.StartExpirySweep();

        time.Advance(TimeSpan.FromSeconds(20));
        Assert.NotNull(manager.FindSession(session.Id));
        time.Advance(TimeSpan.FromSeconds(20));

        Assert.Null(manager.FindSession(session.Id));
        Assert.Equal(TimeSpan.FromSeconds(20), runtime.ExpiryInterval);
    }

    [Fact]
    public void ClusterDiagnostics_codes_are_unique_in_range_and_documented()
    {
        var codes = ClusterDiagnostics.All.Select(d => d.Code).ToArray();
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "support", "cluster.md"));

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.InRange(int.Parse(c[2..], System.Globalization.CultureInfo.InvariantCulture), 4300, 4399));
        Assert.All(codes, c => Assert.Contains(c, docs, StringComparison.Ordinal));
    }

    [Fact]
    public void ClusterFactory_mutated_cluster_xml_never_throws_and_locates_every_diagnostic()
    {
        var xml = Seed(14000, [14000, 14001], Interceptor("EncryptInterceptor", "encryptionKey=\"000102030405060708090A0B0C0D0E0F\"") + Interceptor("TcpFailureDetector") + Interceptor("GzipInterceptor"));
        Gen.Select(Gen.Int[0, xml.Length - 1].Array[1, 4], Gen.Char['!', '~'].Array[1, 4]).Sample((positions, chars) =>
        {
            var text = xml.ToCharArray();
            for (var i = 0; i < positions.Length; i++)
                text[positions[i]] = chars[i % chars.Length];
            Config.Model.ClusterSpec spec;
            try
            {
                spec = Read(new string(text));
            }
            catch (InvalidOperationException)
            {
                return; // The front end refused the XML; that path is its own tests' business.
            }

            var result = ClusterFactory.Build(spec, NoDns.Options());
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line > 0 && d.Span.File.Length > 0, d.ToString()));
        }, iter: 200);
    }

    private static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "TomcatCompat.sln")))
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        return dir;
    }
}
