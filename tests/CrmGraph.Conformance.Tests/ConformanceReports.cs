namespace CrmGraph.Conformance.Tests;

/// <summary>Reports under artifacts/conformance, which CI prints so results are visible, not only on failure.</summary>
public static class ConformanceReports
{
    public static async Task WriteAsync(string fileName, string report)
    {
        var directory = Path.Combine(
            Path.GetDirectoryName(NodeTools.ConformanceDirectory)!, "artifacts", "conformance");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, fileName), report);
    }
}
