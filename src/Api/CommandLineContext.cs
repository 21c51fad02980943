namespace CrmGraph.Api;

/// <summary>
/// What a verb writes to and what it adds to the host's configuration. The executable runs with
/// <see cref="Standard"/> (the console, its own configuration); a test runs a verb in its own process with writers of
/// its own and settings laid over the configuration, touching no process-wide state (Console.SetOut, environment
/// variables).
/// </summary>
public sealed record CommandLineContext(TextWriter Out, TextWriter Error)
{
    /// <summary>The console and the host's configuration as it is.</summary>
    public static CommandLineContext Standard => new(Console.Out, Console.Error);

    /// <summary>The host's environment; null reads it as usual (arguments, ASPNETCORE_ENVIRONMENT).</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>Settings laid over every other configuration source, e.g. <c>Crm:DataDirectory</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
