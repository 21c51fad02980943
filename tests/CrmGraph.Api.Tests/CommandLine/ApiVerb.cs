namespace CrmGraph.Api.Tests.CommandLine;

/// <summary>
/// Runs a verb in this process through <see cref="Api.CommandLine.RunAsync(string[], CommandLineContext)"/>, the code
/// path of the executable after <c>Main</c>, in Production with its own data directory: no .NET start-up per run.
/// <see cref="ApiProcess"/> runs the real executable, for the tests of the process boundary.
/// </summary>
public static class ApiVerb
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(
        string dataDirectory, params string[] arguments) =>
        RunAsync(new Dictionary<string, string?> { ["Crm:DataDirectory"] = dataDirectory }, arguments);

    /// <summary>The verb with these settings (e.g. <c>Crm:DataDirectory</c>, <c>Crm:Database:Provider</c>).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var all = new Dictionary<string, string?>(settings) { ["Logging:LogLevel:Default"] = "Warning" };

        // The field keys are process-wide (FieldProtection): one key set for every host of the test run.
        foreach (var (key, value) in TestEncryptionKeys.Settings)
        {
            all[key] = value;
        }

        var context = new CommandLineContext(output, error) { EnvironmentName = "Production", Settings = all };
        var exitCode = await Api.CommandLine.RunAsync(arguments, context);
        return (exitCode, output.ToString(), error.ToString());
    }
}
