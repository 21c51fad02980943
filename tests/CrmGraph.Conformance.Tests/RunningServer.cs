using CrmGraph.Api.Authentication;
using CrmGraph.Api.Persistence;
using CrmGraph.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Conformance.Tests;

/// <summary>
/// The real server on a real loopback port (Kestrel), on a fresh SQLite database, for external clients.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(
        Path.GetTempPath(), "crmgraph-conformance", Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="environment">The host environment; Production unless a test needs Development's defaults.</param>
    /// <param name="settings">Configuration that overrides the defaults below, e.g.
    /// <c>Crm:GraphQL:EnableIntrospection</c>.</param>
    public RunningServer(string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Crm:DataDirectory", _dataDirectory);

            // The graphql-http audit asks `__type(name:)` with variables; production servers refuse introspection
            // (ADR-021).
            builder.UseSetting("Crm:GraphQL:EnableIntrospection", "true");
            builder.UseSetting("Crm:Auth:SigningKey", "crmgraph-conformance-signing-key-0123456789");
            foreach (var (key, value) in TestEncryptionKeys.Settings)
            {
                builder.UseSetting(key, value);
            }

            // The real Quartz scheduler runs; the follow-up scan every 2 s instead of every minute keeps the test
            // short.
            builder.UseSetting("Crm:Jobs:FollowUpSchedule", "0/2 * * * * ?");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
        });
        _factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var address =
            _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        GraphQLUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/') + "/graphql";
    }

    public string GraphQLUrl { get; }

    public Task<string> AdminTokenAsync() => TokenForAsync("admin");

    /// <summary>A bearer token for an existing user, as the <c>token</c> verb prints it.</summary>
    public async Task<string> TokenForAsync(string login)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Login == login);
        return scope.ServiceProvider.GetRequiredService<TokenIssuer>().Issue(user);
    }

    /// <summary>Enrolls a user of the given role in the admin's team and returns a session token for them.</summary>
    public async Task<string> EnrollAsync(string login, CrmGraph.Domain.Users.UserRole role)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "admin");
        var user = CrmGraph.Domain.Users.User.Enroll(
            Guid.NewGuid(), login, login, role, admin.TeamId, DateTimeOffset.UtcNow);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return scope.ServiceProvider.GetRequiredService<TokenIssuer>().Issue(user);
    }

    /// <summary>Runs the hourly customer reminder scan now (what the scheduler would run on the hour).</summary>
    public async Task<int> RunCustomerReminderScanAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var scan = scope.ServiceProvider.GetRequiredService<CrmGraph.Jobs.Reminders.CustomerReminderScan>();
        return await scan.RunAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }
}
