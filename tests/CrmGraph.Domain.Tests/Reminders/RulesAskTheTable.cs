using System.Text.RegularExpressions;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;

namespace CrmGraph.Domain.Tests.Reminders;

/// <summary>
/// The rules through <see cref="ReminderApplicability"/>: closed, pooled and archived customers are left alone.
/// </summary>
public sealed partial class RulesAskTheTable
{
    private static readonly CustomerReminderFacts Facts = new(false, false, [A.Supervisor]);

    // 16:00 in Shanghai, eight days after A.Now: past the A-grade hour and the first-follow-up week.
    private static readonly DateTimeOffset Afternoon = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(LifecycleStage.Lost)]
    [InlineData(LifecycleStage.Churned)]
    public void A_closed_A_grade_customer_gets_no_daily_or_first_follow_up_nagging(LifecycleStage closed)
    {
        var customer = closed == LifecycleStage.Lost ? A.Prospect() : A.EstablishedCustomer();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);
        customer.MoveStage(closed, "客户已选择竞品", A.Salesperson, A.Now);

        var kinds = ReminderRules.ForCustomer(customer, A.Team(), Facts, Afternoon).Select(r => r.Kind).ToList();

        kinds.ShouldNotContain(ReminderKind.GradeAWithoutFollowUpToday);
        kinds.ShouldNotContain(ReminderKind.NewCustomerWithoutFollowUp);
    }

    [Fact]
    public void A_live_A_grade_prospect_gets_both()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);

        var kinds = ReminderRules.ForCustomer(customer, A.Team(), Facts, Afternoon).Select(r => r.Kind).ToList();

        kinds.ShouldContain(ReminderKind.GradeAWithoutFollowUpToday);
        kinds.ShouldContain(ReminderKind.NewCustomerWithoutFollowUp);
    }

    [Fact]
    public void A_customer_first_contacted_before_the_new_customer_window_is_not_new()
    {
        var team = A.Team();
        var old = Customer.Register(A.NewId(), A.TeamId, A.Salesperson, CustomerKind.Individual, "老客户",
            A.Now.AddDays(-team.Reminders.NewCustomerWindowDays - 1), A.Now);
        var recent = Customer.Register(A.NewId(), A.TeamId, A.Salesperson, CustomerKind.Individual, "新客户",
            A.Now.AddDays(-team.Cadence.NewCustomerFirstFollowUpDays - 1), A.Now);

        ReminderRules.ForCustomer(old, team, Facts, A.Now)
            .ShouldNotContain(r => r.Kind == ReminderKind.NewCustomerWithoutFollowUp);
        ReminderRules.ForCustomer(recent, team, Facts, A.Now)
            .ShouldContain(r => r.Kind == ReminderKind.NewCustomerWithoutFollowUp);
    }

    [Fact]
    public void Pooled_archived_erased_customers_get_nothing_and_their_plans_neither()
    {
        var pooled = GradeAWithPlan(out var pooledPlan);
        pooled.ReleaseToPool(A.Salesperson, "无法联系", A.Now);
        var archived = GradeAWithPlan(out var archivedPlan);
        archived.Archive(A.Salesperson, A.Now);
        var erased = GradeAWithPlan(out var erasedPlan);
        erased.Erase(A.Supervisor, A.Now);

        foreach (var (customer, plan) in new[] { (pooled, pooledPlan), (archived, archivedPlan), (erased, erasedPlan) })
        {
            ReminderRules.ForCustomer(customer, A.Team(), Facts, Afternoon).ShouldBeEmpty();
            ReminderRules.ForPlan(plan, customer, A.Team(), Afternoon).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Every_rule_writes_local_times_without_stamps()
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);
        customer.AddKeyDate(A.NewId(), KeyDateKind.Birthday, new DateOnly(1985, 3, 12), "王总生日", null, A.Now);
        customer.AddKeyDate(A.NewId(), KeyDateKind.ContractExpiry, new DateOnly(2026, 4, 1), "服务合同", null, A.Now);
        var plan = FollowUpPlan.Schedule(A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now.AddHours(3),
            FollowUpChannel.Phone, FollowUpPurpose.Other, null, A.Now);

        var due = ReminderRules.ForCustomer(customer, A.Team(), Facts, Afternoon)
            .Concat(ReminderRules.ForPlan(plan, customer, A.Team(), A.Now))
            .Concat(ReminderRules.ForPlan(plan, customer, A.Team(), Afternoon)).ToList();

        due.Select(r => r.Kind).Distinct().Count().ShouldBeGreaterThanOrEqualTo(7);
        foreach (var reminder in due)
        {
            foreach (var text in new[] { reminder.Message, reminder.ChineseMessage })
            {
                Stamp().IsMatch(text).ShouldBeFalse(text);
                text.ShouldNotContain("UTC");
            }
        }

        due.First(r => r.Kind == ReminderKind.FollowUpDueSoon).ChineseMessage
            .ShouldBe("上海星辰科技有限公司 的跟进将于 3月2日 12:00 到期。");
    }

    private static Customer GradeAWithPlan(out FollowUpPlan plan)
    {
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.A, "即将签约", A.Salesperson, A.Supervisor, A.Now);
        plan = FollowUpPlan.Schedule(A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now.AddHours(1),
            FollowUpChannel.Phone, FollowUpPurpose.Other, null, A.Now);
        return customer;
    }

    [GeneratedRegex(@"\d{8}T\d{4}")]
    private static partial Regex Stamp();
}
