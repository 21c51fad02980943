using Xunit.Abstractions;
using Xunit.Sdk;

namespace CrmGraph.Api.Tests.Fixtures;

public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod, [Engine.Sqlite]);
        yield return PostgresServer.SkipReason is { } reason
            ? new XunitSkippedDataRowTestCase(
                diagnosticMessageSink, display, displayOptions, testMethod, reason, [Engine.Postgres])
            : new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod, [Engine.Postgres]);
    }
}
