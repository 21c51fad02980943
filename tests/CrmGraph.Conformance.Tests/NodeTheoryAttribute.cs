namespace CrmGraph.Conformance.Tests;

/// <summary>A theory that drives Node.js; skipped, naming what to install, when Node.js is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NodeTheoryAttribute : TheoryAttribute
{
    public NodeTheoryAttribute()
    {
        if (NodeTools.Find("node") is null || NodeTools.Find("npm") is null)
        {
            Skip = "Node.js 20+ and npm are needed for the conformance tests (apt-get install nodejs npm).";
        }
    }
}
