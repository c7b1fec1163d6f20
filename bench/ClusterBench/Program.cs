// ClusterBench: one cluster node per process, driven over stdin/stdout (NodeProcess), and the benchmark
// orchestrator that starts N of them (BenchRun). Used by bench/cluster-bench.sh and by the multi-process tests.
//   ClusterBench node <server.xml> [delta|backup]   one node; commands on stdin, see NodeProcess
//   ClusterBench run <delta|backup> <async|sync> <nodes> <writes>   prints one result line (TSV)
return args switch
{
    ["node", var conf, ..] => await ClusterBench.NodeProcess.RunAsync(conf),
    ["run", var manager, var mode, var nodes, var writes] => await ClusterBench.BenchRun.RunAsync(manager, mode, int.Parse(nodes, System.Globalization.CultureInfo.InvariantCulture), int.Parse(writes, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ClusterBench node <server.xml> | run <delta|backup> <async|sync> <nodes> <writes>");
    return 2;
}
