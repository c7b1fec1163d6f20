namespace TomcatCompat.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] is "import" or "lint")
            BatchGarbageCollection.Suspend(args.Skip(1));
        return Cli.Run(args, Console.Out, Console.Error);
    }
}
