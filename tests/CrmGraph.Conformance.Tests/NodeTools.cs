using System.Diagnostics;

namespace CrmGraph.Conformance.Tests;

/// <summary>
/// Runs the scripts in <c>conformance/</c> with the machine's Node.js, installing their npm packages once.
/// </summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string ConformanceDirectory { get; } = Path.Combine(
        CrmGraph.Tests.Shared.RepositoryPaths.Root, "conformance");

    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, program))
            .FirstOrDefault(File.Exists);

    public static async Task EnsurePackagesAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (MissingPackages().Count > 0)
            {
                var (exitCode, output) = await RunAsync(
                    "npm", ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string>(),
                    TimeSpan.FromMinutes(5));
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"npm ci failed in {ConformanceDirectory}:\n{output}");
                }
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>
    /// The dependencies in package.json that node_modules does not hold yet (e.g. after a pull added one).
    /// </summary>
    private static List<string> MissingPackages()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(
            File.ReadAllText(Path.Combine(ConformanceDirectory, "package.json")));
        return manifest.RootElement.GetProperty("dependencies").EnumerateObject()
            .Select(p => p.Name)
            .Where(name => !File.Exists(Path.Combine(ConformanceDirectory, "node_modules", name, "package.json")))
            .ToList();
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IEnumerable<string> arguments, IDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Find(program) ?? program)
        {
            WorkingDirectory = ConformanceDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output + await error);
    }
}
