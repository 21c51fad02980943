namespace CrmGraph.Api.Persistence;

/// <summary>
/// The database holds migrations this build does not know (a pre-release build made it): it is refused, not upgraded
/// (ADR-031). The command line prints the message and exits 1 instead of crashing with a stack trace.
/// </summary>
public sealed class DatabaseNotUpgradableException : InvalidOperationException
{
    public DatabaseNotUpgradableException()
    {
    }

    public DatabaseNotUpgradableException(string message)
        : base(message)
    {
    }

    public DatabaseNotUpgradableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
