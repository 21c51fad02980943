using CrmGraph.Api;

return await CommandLine.RunAsync(args).ConfigureAwait(false);

/// <summary>The entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
