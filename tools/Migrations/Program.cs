namespace CrmGraph.Migrations.Tool;

internal static class Program
{
    private static int Main(string[] args) => MigrationScaffolding.Run(args);
}
