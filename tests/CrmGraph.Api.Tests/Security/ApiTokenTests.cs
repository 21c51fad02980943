using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CrmGraph.Api.Authentication;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Personal API tokens for low-code tools: shown once, stored hashed, scoped, expiring and revocable.
/// </summary>
public sealed class ApiTokenTests
{
    private const string Create = "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { created " +
        "{ secret token { id prefix scope expiresAt } } errors { __typename ... on Error { code message } } } }";
    private const string Revoke = "mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { token { " +
        "revokedAt } errors { __typename ... on Error { code } } } }";

    [EngineFact]
    public async Task A_read_only_token_reads_but_cannot_write_and_is_stored_only_as_a_hash(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var (secret, tokenId) = await CreateAsync(api, alice, "简道云看板", "READ_ONLY");

        var read = await api.PostAsync(secret, "{ me { login apiTokens { name scope prefix } } }");
        var write = await api.PostAsync(
            secret, "mutation { createCustomer(input: { name: \"x\", kind: INDIVIDUAL }) { customer { id } } }");
        var mint = await api.PostAsync(secret, Create, new { input = new { name = "again", scope = "READ_WRITE" } });
        var stored = await api.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync());

        read.Data!["me"]!["login"]!.GetValue<string>().ShouldBe("alice");
        read.Data!["me"]!["apiTokens"]![0]!["prefix"]!.GetValue<string>().ShouldBe(secret[..14]);
        write.Status.ShouldBe(403);
        write.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("READ_ONLY_TOKEN");
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(0);
        mint.Status.ShouldBe(403);
        stored.SecretHash.ShouldNotContain(secret[8..]);
        stored.SecretHash.Length.ShouldBe(64);
        tokenId.ShouldNotBeNull();
    }

    [EngineFact]
    public async Task A_revoked_or_expired_token_is_refused_and_only_its_owner_or_an_admin_may_revoke_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var (secret, tokenId) = await CreateAsync(api, alice, "导出脚本", "READ_WRITE", days: 30);
        var (shortLived, _) = await CreateAsync(api, alice, "临时", "READ_WRITE", days: 1);

        var write = await api.PostAsync(
            secret, "mutation { createCustomer(input: { name: \"李四\", kind: INDIVIDUAL }) { customer { id } } }");
        var byBob = await api.PostAsync(bob, Revoke, new { input = new { tokenId } });
        var revoked = await api.PostAsync(alice, Revoke, new { input = new { tokenId } });
        var afterRevoke = await api.PostAsync(secret, "{ me { login } }");
        api.Clock.Advance(TimeSpan.FromDays(2));
        var afterExpiry = await api.PostAsync(shortLived, "{ me { login } }");
        var badLifetime = await api.PostAsync(
            alice, Create, new { input = new { name = "x", scope = "READ_ONLY", expiresInDays = 400 } });

        write.Data!["createCustomer"]!["customer"].ShouldNotBeNull();
        byBob.Data!["revokeApiToken"]!["errors"]![0]!["__typename"]!.GetValue<string>().ShouldBe("NotFoundError");
        revoked.Data!["revokeApiToken"]!["token"]!["revokedAt"].ShouldNotBeNull();
        afterRevoke.Status.ShouldBe(401);
        afterRevoke.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("AUTH_INVALID_TOKEN");
        afterExpiry.Status.ShouldBe(401);
        badLifetime.Data!["createApiToken"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("INVALID_LIFETIME");
    }

    [EngineFact]
    public async Task Revoking_a_token_closes_its_open_WebSocket_with_4403_and_ends_its_SSE_stream(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var (secret, tokenId) = await CreateAsync(api, alice, "看板", "READ_ONLY");
        var socket = await SubscribedSocketAsync(api, secret);
        using var sse = api.CreateClient(secret);
        using var request =
            new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = System.Net.Http.Json.JsonContent.Create(
                new { query = "subscription { onCustomerChanged { change } }" })
            };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await sse.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        await api.PostAsync(alice, Revoke, new { input = new { tokenId } });

        (await CloseCodeAsync(socket)).ShouldBe(4403);
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        var events = await reader.ReadToEndAsync(timeout.Token);
        events.ShouldContain("AUTH_REVOKED");
        events.ShouldContain("event: complete");
    }

    [EngineFact]
    public async Task Deactivating_a_user_closes_their_open_subscriptions(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await api.TokenAsync("admin");
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var aliceId = (await api.PostAsync(alice, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var socket = await SubscribedSocketAsync(api, alice);

        await api.PostAsync(admin, "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { " +
            "login } } }", new { input = new { userId = aliceId } });

        (await CloseCodeAsync(socket)).ShouldBe(4403);
    }

    [EngineFact]
    public async Task A_deactivation_this_node_never_heard_of_ends_the_users_streams_at_the_next_sweep_checking_each_token_once(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var aliceSockets = new[] { await SubscribedSocketAsync(api, alice), await SubscribedSocketAsync(api, alice) };
        var bobSocket = await SubscribedSocketAsync(api, bob);
        var sweep = api.Services.GetRequiredService<CredentialSweep>();
        sweep.Count.ShouldBe(3);

        // As another node would: the row changes, no event reaches this node.
        await api.WithDbAsync(db => db.Users.Where(u => u.Login == "alice").ExecuteUpdateAsync(
            set => set.SetProperty(u => u.IsActive, false)));
        var counter = api.SqlCommands;
        counter.Reset();
        await sweep.SweepAsync(CancellationToken.None);

        counter.Count.ShouldBeLessThanOrEqualTo(4, "one check per distinct token, not per stream");
        foreach (var socket in aliceSockets)
        {
            (await CloseCodeAsync(socket)).ShouldBe(4403);
        }

        bobSocket.State.ShouldBe(WebSocketState.Open);
        await Eventually.UntilAsync(() => sweep.Count == 1, "the closed stream to leave the sweep");

        sweep.Count.ShouldBe(1, "closed streams leave the sweep");
    }

    private static async Task<(string Secret, string TokenId)> CreateAsync(
        TestApi api, string session, string name, string scope, int? days = null)
    {
        var response = await api.PostAsync(session, Create, new { input = new { name, scope, expiresInDays = days } });
        var created = response.Data!["createApiToken"]!["created"] ?? throw new InvalidOperationException(
            response.ToString());
        return (created["secret"]!.GetValue<string>(), created["token"]!["id"]!.GetValue<string>());
    }

    internal static async Task<WebSocket> SubscribedSocketAsync(TestApi api, string token)
    {
        var client = api.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("connection_ack");
        await SendAsync(socket, new
        {
            id = "1",
            type = "subscribe",
            payload = new
            {
                query = "subscription { " +
            "onCustomerChanged { change } }"
            }
        });
        return socket;
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(
            Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true,
            CancellationToken.None);

    private static async Task<JsonNode?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(
            Encoding.UTF8.GetString(buffer, 0, result.Count));
    }

    internal static async Task<int> CloseCodeAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int)result.CloseStatus!.Value;
            }
        }
    }
}
