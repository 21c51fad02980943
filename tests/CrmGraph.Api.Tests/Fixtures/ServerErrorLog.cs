using Microsoft.Extensions.Logging;

namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>
/// Appends every error the test servers log (an INTERNAL_ERROR's exception among them) to one file, so a test that
/// fails on an internal error on a busy CI machine leaves its cause behind: the response only has a correlation id.
/// <c>CRM_TEST_SERVER_ERRORS</c> names the file (.ci/run prints it when a test failed); unset, nothing is written.
/// </summary>
public sealed class ServerErrorLog(string path) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static ServerErrorLog? FromEnvironment() =>
        Environment.GetEnvironmentVariable("CRM_TEST_SERVER_ERRORS") is { Length: > 0 } path
            ? new ServerErrorLog(path)
            : null;

    public ILogger CreateLogger(string categoryName) => new Writer(path, categoryName);

    public void Dispose()
    {
    }

    private sealed class Writer(string path, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = $"{DateTime.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}\n{exception}\n\n";
            lock (Gate)
            {
                File.AppendAllText(path, entry);
            }
        }
    }
}
