namespace CrmGraph.Conformance.Tests;

/// <summary>
/// A test that drives a real headless Chromium; skipped, naming what to install, when it or Node.js is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (NodeTools.Find("node") is null || NodeTools.Find("npm") is null)
        {
            Skip = "Node.js 20+ and npm are needed for the browser tests (apt-get install nodejs npm).";
        }
        else if (ChromiumPath is null)
        {
            Skip = "Chromium is needed for the dashboard browser tests "
                + "(apt-get install -y chromium, or set CHROMIUM).";
        }
    }

    /// <summary>
    /// The <c>CHROMIUM</c> variable, else Debian's <c>/usr/bin/chromium</c>; null when neither exists.
    /// </summary>
    public static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}
