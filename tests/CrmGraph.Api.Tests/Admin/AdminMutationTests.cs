using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Admin;

public sealed class AdminMutationTests
{
    private const string CreateUser = "mutation($input: CreateUserInput!) { createUser(input: $input) { user { login " +
        "role } errors { __typename ... on Error { code } } } }";

    [EngineFact]
    public async Task Admins_enroll_users_and_others_may_not(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await api.TokenAsync("admin");
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);

        var created = await api.PostAsync(
            admin, CreateUser, new { input = new { login = "Sue.Wang", displayName = "王主管", role = "SUPERVISOR" } });
        var taken = await api.PostAsync(
            admin, CreateUser, new { input = new { login = "sue.wang", displayName = "重名", role = "SALESPERSON" } });
        var refused = await api.PostAsync(
            alice, CreateUser, new { input = new { login = "mallory", displayName = "M", role = "ADMIN" } });

        created.Data!["createUser"]!["user"]!["login"]!.GetValue<string>().ShouldBe("sue.wang");
        taken.Data!["createUser"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("LOGIN_TAKEN");
        refused.Status.ShouldBe(403);
        refused.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("ROLE_NOT_ALLOWED");
        (await api.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Users, u => u.Login == "mallory")))
            .ShouldBe(0);
    }

    [EngineFact]
    public async Task An_A_grade_guide_must_be_a_supervisor_of_the_team(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        await api.EnrollAsync("bob", UserRole.Salesperson);
        var bobId =
            (await api.PostAsync(await api.TokenAsync("bob"), "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
        var id = (await api.PostAsync(alice, "mutation { createCustomer(input: { name: \"甲\", kind: INDIVIDUAL }) { " +
            "customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        var response = await api.PostAsync(alice, "mutation($input: ChangeCustomerGradeInput!) { " +
            "changeCustomerGrade(input: $input) { customer { grade } errors { __typename ... on Error { code } } } }",
            new { input = new { customerId = id, grade = "A", reason = "即将签约", supervisorGuideId = bobId } });

        response.Data!["changeCustomerGrade"]!["errors"]![0]!["code"]!.GetValue<string>()
            .ShouldBe("GUIDE_NOT_SUPERVISOR");
    }
}
