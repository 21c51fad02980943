using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.FollowUps;

public sealed class FollowUpIdempotencyTests
{
    [EngineFact]
    public async Task A_retried_follow_up_with_the_same_key_is_recorded_once_and_answers_the_same(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"李四\", kind: INDIVIDUAL }) { " +
            "customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var record = $"mutation {{ recordFollowUp(input: {{ customerId: \"{id}\", happenedAt: " +
            "\"2026-03-02T00:30:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"初次沟通\", idempotencyKey: " +
            "\"f-1\" }) { recorded { record { id } nextPlan { id } } errors { ... on Error { code } } " +
            "} }";

        var first = await api.PostAsync(alice, record);
        var retry = await api.PostAsync(alice, record);
        var changed = await api.PostAsync(alice, record.Replace("初次沟通", "另一次", StringComparison.Ordinal));

        retry.Data!["recordFollowUp"]!["recorded"]!.ToJsonString()
            .ShouldBe(first.Data!["recordFollowUp"]!["recorded"]!.ToJsonString());
        (await api.WithDbAsync(db => db.FollowUpRecords.CountAsync())).ShouldBe(1);
        changed.Data!["recordFollowUp"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("IDEMPOTENCY_KEY_REUSED");
    }
}
