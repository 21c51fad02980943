namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>The database engines every integration test runs on.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}
