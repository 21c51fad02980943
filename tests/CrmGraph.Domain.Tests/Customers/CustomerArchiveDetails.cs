using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Customers;

public sealed class CustomerArchiveDetails
{
    [Fact]
    public void Only_one_contact_is_the_key_decision_maker()
    {
        var customer = A.Prospect();
        var first = customer.AddContact(
            A.NewId(), new ContactDetails("王总", "总经理", "13900000001", null, null, null, null, true), A.Salesperson,
            A.Now);

        var second = customer.AddContact(
            A.NewId(), new ContactDetails("李总", "CFO", null, "li@xc.cn", null, null, null, true), A.Salesperson, A.Now);

        customer.KeyDecisionMaker.ShouldBe(second);
        first.IsKeyDecisionMaker.ShouldBeFalse();
    }

    [Fact]
    public void A_contact_phone_becomes_the_duplicate_key_when_the_profile_has_none()
    {
        var customer = A.Prospect();

        customer.AddContact(
            A.NewId(), new ContactDetails("王总", null, "139-0000-0001", null, null, null, null, false), A.Salesperson,
            A.Now);

        customer.NormalizedPhone.ShouldBe("13900000001");
    }

    [Fact]
    public void Needs_refuse_an_inverted_budget_and_change_nothing()
    {
        var customer = A.Prospect();

        var error = Should.Throw<DomainException>(() => customer.RecordNeeds(
            new CustomerNeeds("ERP", 800_000, 500_000, "CNY", null, DecisionChain.Unknown, null), A.Now));

        error.Code.ShouldBe("BUDGET_RANGE_INVERTED");
        customer.Needs.ShouldBe(CustomerNeeds.None);
    }

    [Fact]
    public void Evaluation_scores_are_one_to_five()
    {
        Should.Throw<DomainException>(
            () => CustomerEvaluation.Score(6, 3, 3, null, A.Salesperson, A.Now)).Field.ShouldBe("purchasingPower");
        CustomerEvaluation.Score(5, 1, 3, "资金充足", A.Salesperson, A.Now).Total.ShouldBe(9);
    }

    [Fact]
    public void Tags_are_trimmed_deduplicated_and_capped()
    {
        var customer = A.Prospect();

        customer.Tag([" 价格敏感 ", "决策链长", "价格敏感", ""], A.Now);

        customer.Tags.ShouldBe(["价格敏感", "决策链长"]);
        Should.Throw<DomainException>(
            () => customer.Tag(Enumerable.Range(0, 21).Select(i => $"t{i}"), A.Now)).Code.ShouldBe("TOO_MANY_TAGS");
        customer.Tags.Count.ShouldBe(2);
    }

    [Fact]
    public void Yearly_key_dates_recur_and_one_offs_pass()
    {
        var customer = A.Prospect();
        var birthday = customer.AddKeyDate(
            A.NewId(), KeyDateKind.Birthday, new DateOnly(1980, 2, 29), "王总生日", null, A.Now);
        var expiry = customer.AddKeyDate(
            A.NewId(), KeyDateKind.ContractExpiry, new DateOnly(2026, 1, 31), null, null, A.Now);

        birthday.NextOccurrence(new DateOnly(2026, 3, 2)).ShouldBe(new DateOnly(2027, 2, 28));
        expiry.NextOccurrence(new DateOnly(2026, 3, 2)).ShouldBeNull();
    }

    [Fact]
    public void Contact_details_unverified_for_a_week_are_stale()
    {
        var customer = A.Prospect();

        customer.ContactVerificationIsStale(7, A.Now.AddDays(7)).ShouldBeTrue();
        customer.VerifyContactDetails(A.Salesperson, A.Now.AddDays(7));
        customer.ContactVerificationIsStale(7, A.Now.AddDays(13)).ShouldBeFalse();
    }

    [Fact]
    public void An_archived_customer_refuses_changes_until_restored()
    {
        var customer = A.Prospect();
        customer.Archive(A.Salesperson, A.Now);

        Should.Throw<DomainException>(() => customer.Tag(["x"], A.Now)).Code.ShouldBe("CUSTOMER_ARCHIVED");
        customer.Restore(A.Salesperson, A.Now);
        customer.Tag(["x"], A.Now);
    }

    [Fact]
    public void A_potential_issue_is_worked_to_resolved_and_an_unknown_one_is_named()
    {
        var customer = A.Prospect();
        var issue = customer.RecordPotentialIssue(A.NewId(), "担心数据迁移", null, null, IssueStatus.Open, A.Now);

        customer.UpdatePotentialIssue(issue.Id, "历史数据在 Excel", "提供导入工具", IssueStatus.Resolved, A.Now);

        (issue.Analysis, issue.Solution, issue.Status).ShouldBe(("历史数据在 Excel", "提供导入工具", IssueStatus.Resolved));
        Should.Throw<DomainException>(() => customer.UpdatePotentialIssue(
            A.NewId(), null, null, IssueStatus.Open, A.Now)).Field.ShouldBe("issueId");
    }
}
