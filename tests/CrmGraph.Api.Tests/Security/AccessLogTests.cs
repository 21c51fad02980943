using Microsoft.Extensions.DependencyInjection;
using CrmGraph.Api.Persistence.AccessLog;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Security;

/// <summary>The access review: who viewed which customers, once per person, customer and day.</summary>
public sealed class AccessLogTests
{
    private const string Log = "{ customerAccessLog(first: 50) { totalCount nodes { user { login } customerId kind " +
        "day } } }";

    [EngineFact]
    public async Task A_supervisor_sees_who_viewed_which_customers_of_the_team(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var olga = await api.EnrollAsync("olga", UserRole.Supervisor, await api.FoundTeamAsync("华南团队"));
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"星辰科技\", kind: ORGANIZATION " +
            "}) { customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await api.WithScope(sp => sp.GetRequiredService<CustomerAccessRecorder>()).FlushAsync(CancellationToken.None);

        await api.PostAsync(alice, "{ customers { nodes { name phone } } }");
        await api.PostAsync(alice, $"{{ node(id: \"{id}\") {{ ... on Customer {{ name }} }} }}");
        await api.WithScope(sp => sp.GetRequiredService<CustomerAccessRecorder>()).FlushAsync(CancellationToken.None);
        var bySupervisor = await api.PostAsync(sue, Log);
        var byOtherTeam = await api.PostAsync(olga, Log);
        var bySalesperson = await api.PostAsync(alice, Log);

        var rows = bySupervisor.Data!["customerAccessLog"]!["nodes"]!.AsArray();
        rows.Select(r => (r!["user"]!["login"]!.GetValue<string>(), r[
            "customerId"]!.GetValue<string>(), r["kind"]!.GetValue<string>())).ShouldBe([("alice", id, "VIEWED")]);
        rows[0]!["day"]!.GetValue<string>().ShouldBe("2026-03-02");
        byOtherTeam.Data!["customerAccessLog"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
        bySalesperson.Status.ShouldBe(403);
    }

    [EngineFact]
    public async Task A_page_of_customers_is_logged_in_one_statement_once_per_day(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        for (var i = 0; i < 30; i++)
        {
            await api.PostAsync(alice, $"mutation {{ createCustomer(input: {{ name: \"客户{i:D2}\", kind: INDIVIDUAL " +
                "}) { customer { id } } }");
        }

        // Alice saw each customer as she created it; the page is Sue's first view of them.
        var recorder = api.WithScope(sp => sp.GetRequiredService<CustomerAccessRecorder>());
        await recorder.FlushAsync(CancellationToken.None);
        api.SqlCommands.Reset();

        await api.PostAsync(sue, "{ customers(first: 30) { nodes { name } } }");
        await recorder.FlushAsync(CancellationToken.None);
        var first = api.SqlCommands.AccessLogInserts;
        await api.PostAsync(sue, "{ customers(first: 30) { nodes { id name } } }");
        await recorder.FlushAsync(CancellationToken.None);
        var sameDay = api.SqlCommands.AccessLogInserts;
        var log = await api.PostAsync(
            sue, "{ customerAccessLog(first: 50, where: { kind: { eq: VIEWED } }) { totalCount } }");

        first.ShouldBe(1);
        sameDay.ShouldBe(1, "the same page again the same day writes nothing");
        log.Errors.ShouldBeNull(log.ToString());
        log.Data!["customerAccessLog"]!["totalCount"]!.GetValue<int>().ShouldBe(60);

        // The next day (UTC) the same page is logged again, once.
        api.Clock.Advance(TimeSpan.FromDays(1));
        await api.PostAsync(sue, "{ customers(first: 30) { nodes { name } } }");
        await api.PostAsync(sue, "{ customers(first: 30) { nodes { name } } }");
        await recorder.FlushAsync(CancellationToken.None);
        var nextDay = await api.PostAsync(
            sue, "{ customerAccessLog(first: 50, where: { kind: { eq: VIEWED } }) { totalCount } }");

        api.SqlCommands.AccessLogInserts.ShouldBe(2);
        nextDay.Errors.ShouldBeNull(nextDay.ToString());
        nextDay.Data!["customerAccessLog"]!["totalCount"]!.GetValue<int>().ShouldBe(90);
    }
}
