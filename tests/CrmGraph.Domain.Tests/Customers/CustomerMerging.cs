using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerMerging
{
    [Fact]
    public void The_survivor_takes_the_duplicates_archive_and_records_and_the_duplicate_keeps_its_history()
    {
        var survivor = A.Prospect();
        survivor.AddContact(
            A.NewId(), new ContactDetails("王总", "总经理", "13900000001", null, null, null, null, true), A.Salesperson,
            A.Now);
        survivor.Tag(["价格敏感"], A.Now);
        var duplicate = Customer.Register(
            A.NewId(), A.TeamId, A.OtherSalesperson, CustomerKind.Organization, "星辰科技", null, A.Now,
            new CustomerProfile { Email = "info@xc.cn", Phone = "021-5555-0000" });
        duplicate.AddContact(
            A.NewId(), new ContactDetails("李总", "CFO", null, "li@xc.cn", null, null, null, true), A.OtherSalesperson,
            A.Now);
        duplicate.AddKeyDate(A.NewId(), KeyDateKind.ContractExpiry, new DateOnly(2026, 12, 31), "合同到期", null, A.Now);
        duplicate.Tag(["价格敏感", "竞品对比中"], A.Now);
        duplicate.MoveStage(LifecycleStage.Lost, "预算取消", A.OtherSalesperson, A.Now);
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, duplicate.Id, A.OtherSalesperson, A.Now.AddDays(1), FollowUpChannel.Phone,
            FollowUpPurpose.NeedsDiscovery, null, A.Now);
        var deal = Deal.Open(
            A.NewId(), A.TeamId, duplicate.Id, A.OtherSalesperson, "CRM 年度订阅", 400_000, null, null, A.Now);

        CustomerMerge.Merge(survivor, duplicate, [plan, deal], A.NewId, A.Supervisor, A.Now);

        survivor.Contacts.Select(c => (c.Name, c.IsKeyDecisionMaker)).ShouldBe([("王总", true), ("李总", false)]);
        survivor.Contacts.Select(c => c.Id).ShouldNotContain(duplicate.Contacts.First().Id);
        survivor.KeyDates.Single().Label.ShouldBe("合同到期");
        survivor.Tags.ShouldBe(["价格敏感", "竞品对比中"]);
        survivor.Profile.Email.ShouldBe("info@xc.cn");
        survivor.NormalizedEmail.ShouldBe("info@xc.cn");
        survivor.SharedWith.ShouldContain(A.OtherSalesperson);
        plan.CustomerId.ShouldBe(survivor.Id);
        deal.CustomerId.ShouldBe(survivor.Id);
        duplicate.MergedIntoId.ShouldBe(survivor.Id);
        duplicate.IsArchived.ShouldBeTrue();
        duplicate.NormalizedEmail.ShouldBeNull();
        duplicate.StageHistory.Select(s => s.To).ShouldBe([LifecycleStage.Prospect, LifecycleStage.Lost]);
        Should.Throw<DomainException>(() => duplicate.Restore(A.Supervisor, A.Now)).Code.ShouldBe(
            "MERGED_NOT_RESTORABLE");
    }

    [Fact]
    public void A_merge_that_breaks_a_rule_changes_neither_customer()
    {
        var survivor = A.Prospect();
        survivor.Tag(Enumerable.Range(1, 15).Select(i => $"s{i}"), A.Now);
        var duplicate = A.Prospect("星辰");
        duplicate.Tag(Enumerable.Range(1, 10).Select(i => $"d{i}"), A.Now);
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, duplicate.Id, A.Salesperson, A.Now.AddDays(1), FollowUpChannel.Phone,
            FollowUpPurpose.NeedsDiscovery, null, A.Now);

        var error = Should.Throw<DomainException>(
            () => CustomerMerge.Merge(survivor, duplicate, [plan], A.NewId, A.Supervisor, A.Now));

        error.Code.ShouldBe("TOO_MANY_TAGS");
        error.Field.ShouldBe("duplicateId");
        survivor.Tags.Count.ShouldBe(15);
        duplicate.MergedIntoId.ShouldBeNull();
        plan.CustomerId.ShouldBe(duplicate.Id);
    }

    [Fact]
    public void Merging_into_itself_across_teams_or_twice_is_refused()
    {
        var survivor = A.Prospect();
        var otherTeam = Customer.Register(
            A.NewId(), A.NewId(), A.Salesperson, CustomerKind.Organization, "外组客户", null, A.Now);
        var duplicate = A.Prospect("星辰");
        CustomerMerge.Merge(survivor, duplicate, [], A.NewId, A.Supervisor, A.Now);

        Should.Throw<DomainException>(() => CustomerMerge.Merge(
            survivor, survivor, [], A.NewId, A.Supervisor, A.Now)).Code.ShouldBe("MERGE_INTO_ITSELF");
        Should.Throw<DomainException>(() => CustomerMerge.Merge(
            survivor, otherTeam, [], A.NewId, A.Supervisor, A.Now)).Code.ShouldBe("MERGE_ACROSS_TEAMS");
        Should.Throw<DomainException>(() => CustomerMerge.Merge(
            A.Prospect("第三"), duplicate, [], A.NewId, A.Supervisor, A.Now)).Code.ShouldBe("ALREADY_MERGED");
    }
}
