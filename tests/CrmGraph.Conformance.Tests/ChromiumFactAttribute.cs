namespace CrmGraph.Conformance.Tests;

/// <summary>A test that drives the machine's Chromium from Node.js; skipped, naming what to install, when either is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (NodeTools.Find("node") is null || NodeTools.Find("npm") is null)
        {
            Skip = "Node.js 20+ and npm are needed for the browser test (apt-get install nodejs npm).";
        }
        else if (!File.Exists(Executable))
        {
            Skip = $"Chromium was not found at {Executable}; install it (apt-get install -y chromium) or set CHROMIUM.";
        }
    }

    public static string Executable => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";
}
