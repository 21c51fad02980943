using Xunit.Sdk;

namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>
/// A test that runs once per engine: the method takes an <see cref="Engine"/>. Without PostgreSQL binaries the
/// PostgreSQL case is reported as skipped, naming what to install; the SQLite case still runs.
/// </summary>
[XunitTestCaseDiscoverer("CrmGraph.Api.Tests.Fixtures.EngineFactDiscoverer", "CrmGraph.Api.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EngineFactAttribute : FactAttribute
{
}
