using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

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
