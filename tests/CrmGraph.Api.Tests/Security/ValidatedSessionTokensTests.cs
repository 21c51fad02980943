using System.Security.Claims;
using CrmGraph.Api.Authentication;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Issue #16: a session token sent with every request has its signature checked once, then is reused until it
/// expires; the user behind it is still checked on every request.
/// </summary>
public sealed class ValidatedSessionTokensTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_token_sent_again_is_not_validated_again_and_a_deactivated_user_is_still_refused()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var validator = api.Services.GetRequiredService<BearerTokenValidator>();
        var admin = await api.TokenAsync("admin");
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var aliceId = (await api.PostAsync(alice, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        await api.PostAsync(admin, "{ me { id } }");

        var before = validator.SignatureChecks;
        var again = await api.PostAsync(alice, "{ me { login } }");
        var checksForReuse = validator.SignatureChecks - before;
        await api.PostAsync(admin, "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { " +
            "login } } }", new { input = new { userId = aliceId } });
        var afterDeactivation = await api.PostAsync(alice, "{ me { login } }");
        var tampered = await api.PostAsync(Tampered(admin), "{ __typename }");

        again.Data!["me"]!["login"]!.GetValue<string>().ShouldBe("alice");
        checksForReuse.ShouldBe(0);
        afterDeactivation.Status.ShouldBe(401);
        afterDeactivation.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("AUTH_USER_INACTIVE");
        tampered.Status.ShouldBe(401);
    }

    // A character inside the signature (the last one also holds padding bits, which may decode to the same bytes).
    private static string Tampered(string token)
    {
        var at = token.LastIndexOf('.') + 5;
        return string.Concat(token.AsSpan(0, at), token[at] == 'A' ? "B" : "A", token.AsSpan(at + 1));
    }

    [Fact]
    public void A_kept_token_is_answered_until_its_expiry_plus_the_allowed_skew_and_then_dropped()
    {
        var tokens = new ValidatedSessionTokens(Skew);
        var identity = new ClaimsIdentity("test");
        tokens.Add("t", identity, Now, Now.AddMinutes(-5));

        tokens.TryGet("t", Now + Skew, out var kept, out var validTo).ShouldBeTrue();
        kept.ShouldBeSameAs(identity);
        validTo.ShouldBe(Now);
        tokens.TryGet("t", Now + Skew + TimeSpan.FromTicks(1), out _, out _).ShouldBeFalse();
        tokens.Count.ShouldBe(0);
        tokens.TryGet("unknown", Now, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void When_full_the_expired_tokens_make_room_first_and_the_count_never_passes_the_capacity()
    {
        var tokens = new ValidatedSessionTokens(Skew);
        for (var i = 0; i < ValidatedSessionTokens.Capacity; i++)
        {
            tokens.Add($"t{i}", new ClaimsIdentity(), i % 2 == 0 ? Now.AddHours(-1) : Now.AddHours(1), Now);
        }

        tokens.Add("new", new ClaimsIdentity(), Now.AddHours(1), Now);

        tokens.Count.ShouldBe(ValidatedSessionTokens.Capacity / 2 + 1);
        tokens.TryGet("t1", Now, out _, out _).ShouldBeTrue();
        tokens.TryGet("new", Now, out _, out _).ShouldBeTrue();

        for (var i = 0; i < ValidatedSessionTokens.Capacity; i++)
        {
            tokens.Add($"u{i}", new ClaimsIdentity(), Now.AddHours(1), Now);
        }

        tokens.Count.ShouldBeLessThanOrEqualTo(ValidatedSessionTokens.Capacity);
    }
}
