using CrmGraph.Domain.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Issue #16: the credential check reuses the user for a few seconds instead of reading <c>users</c> on every request,
/// with the README's guarantees: a deactivation on this node applies at once, one on another node within
/// <c>Crm:Auth:UserCacheDuration</c>.
/// </summary>
public sealed class ActiveUserCacheTests
{
    private const string Query = "{ __typename }";

    [EngineFact]
    public async Task A_request_reuses_the_checked_user_and_a_deactivation_here_applies_at_once(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await api.TokenAsync("admin");
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var aliceId = (await api.PostAsync(alice, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        api.SqlCommands.Reset();
        var again = await api.PostAsync(alice, Query);
        var commands = api.SqlCommands.Count;
        await api.PostAsync(admin, "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { " +
            "login } } }", new { input = new { userId = aliceId } });
        var afterDeactivation = await api.PostAsync(alice, Query);

        again.Status.ShouldBe(200);
        commands.ShouldBe(0);
        afterDeactivation.Status.ShouldBe(401);
        afterDeactivation.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("AUTH_USER_INACTIVE");
    }

    [Fact]
    public async Task A_bearer_token_is_validated_once_per_request_by_our_check_alone()
    {
        // With an ASP.NET authentication scheme registered the host adds its authentication middleware, which would
        // validate every bearer token (signature, claims) again before our check and throw the result away.
        await using var api = await TestApi.StartAsync(Engine.Sqlite);

        api.Services.GetService<IAuthenticationSchemeProvider>().ShouldBeNull();
        (await api.PostAsync(await api.TokenAsync("admin"), "{ me { login } }")).Data!["me"]!["login"]!
            .GetValue<string>().ShouldBe("admin");
    }

    [EngineFact]
    public async Task A_deactivation_on_another_node_applies_here_within_the_cache_duration(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        (await api.PostAsync(alice, Query)).Status.ShouldBe(200);

        // As another node would: the row changes, no event reaches this node.
        await api.WithDbAsync(db => db.Users.Where(u => u.Login == "alice").ExecuteUpdateAsync(
            set => set.SetProperty(u => u.IsActive, false)));
        var meanwhile = await api.PostAsync(alice, Query);
        api.Clock.Advance(TimeSpan.FromSeconds(5));
        var after = await api.PostAsync(alice, Query);

        meanwhile.Status.ShouldBe(200, "at most the cache duration stale");
        after.Status.ShouldBe(401);
    }
}
