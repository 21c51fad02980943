using CrmGraph.Api.GraphQL.Admin;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Analytics;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Performance;

public sealed record PerformanceEvaluation(
    Guid TeamId, DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<SalespersonEvaluation> Salespeople);

public sealed record SalespersonEvaluation(PerformanceFigures Figures, PerformanceFacts Facts);

public sealed class PerformanceEvaluationType : ObjectGraphType<PerformanceEvaluation>
{
    public PerformanceEvaluationType()
    {
        Name = "PerformanceEvaluation";
        Description = "绩效评估: each salesperson's figures for the period, the supervisor's ratings, the weighted total " +
            "and the rank (definitions: docs/metrics.md).";
        Field<NonNullGraphType<IdGraphType>>("teamId").Description("The evaluated team. 被评估的团队。")
            .Resolve(c => GlobalId.Format(TeamType.TypeName, c.Source.TeamId));
        Field<NonNullGraphType<DateScalar>>("periodStart")
            .Description("First day, in the team's time zone. 考核期第一天（团队时区）。")
            .Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<DateScalar>>("periodEnd")
            .Description("Last day, in the team's time zone. 考核期最后一天（团队时区）。")
            .Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SalespersonEvaluationType>>>>("salespeople")
            .Description("Best total first; equal totals share a rank. A salesperson sees only their own line. " +
                "按综合得分从高到低排列，得分相同则排名并列。业务员只能看到自己的一行。").Resolve(c => c.Source.Salespeople);
    }
}

public sealed class SalespersonEvaluationType : ObjectGraphType<SalespersonEvaluation>
{
    public SalespersonEvaluationType()
    {
        Name = "SalespersonEvaluation";
        Description = "One salesperson's evaluation for the period. Percentages are 0–100 and null when nothing was " +
            "there to count. 单个业务员本期的绩效评估。百分比为 0–100，无可统计数据时为 null。";
        Field<UserType>("salesperson").Description("The salesperson evaluated, when visible to you. 被评估的业务员。")
            .Resolve(c => c.LoadUser(c.Source.Figures.SalespersonId));
        Field<DecimalGraphType>("satisfactionPercent")
            .Description("客户满意度 %: satisfied surveys (score 4–5) of all surveys answered.")
            .Resolve(c => c.Source.Figures.SatisfactionPercent);
        Field<DecimalGraphType>("complaintRatePercent")
            .Description("投诉率 %: complaints of all service records opened.")
            .Resolve(c => c.Source.Figures.ComplaintRatePercent);
        Field<NonNullGraphType<DecimalGraphType>>("salesAmount").Description("销售额: amounts of the deals won.").Resolve(
            c => c.Source.Figures.SalesAmount);
        Field<NonNullGraphType<IntGraphType>>("newCustomers")
            .Description("新增客户: customers entered and owned.")
            .Resolve(c => c.Source.Figures.NewCustomers);
        Field<DecimalGraphType>("conversionRatePercent")
            .Description(
                "Conversion rate %: customers won of the customers worked (followed up, or with a deal open or " +
                "closed in "
                + "the period); 0–100. 转化率：成交客户占经营客户（有跟进或有商机）的比例。")
            .Resolve(c => c.Source.Figures.ConversionRatePercent);
        Field<DecimalGraphType>("timelinessPercent")
            .Description("跟进及时率 %: plans done by their planned day of plans due.")
            .Resolve(c => c.Source.Figures.TimelinessPercent);
        Field<SupervisorRatingsType>("ratings").Description("The supervisor's ratings for exactly this period; null " +
            "when not rated. 主管针对本考核期的评分；未评分时为 null。").Resolve(c => c.Source.Figures.Ratings);
        Field<NonNullGraphType<DecimalGraphType>>("totalScore")
            .Description("综合得分 0–100: the mean of the figures' 0–100 scores weighted by the team's evaluation " +
                "weights (which sum to 100).").Resolve(c => c.Source.Figures.TotalScore);
        Field<NonNullGraphType<IntGraphType>>("dealsWonWithoutFollowUp")
            .Description(
                "Deals won in the period whose customer has no follow-up of this salesperson on record at or before " +
                "the "
                + "win; shown to the supervisor, not scored. 无跟进记录的成交数：仅供主管查看，不计入得分。")
            .Resolve(c => c.Source.Figures.DealsWonWithoutFollowUp);
        Field<NonNullGraphType<IntGraphType>>("rank")
            .Description("排名 in the team, 1 = best; ties share a rank.")
            .Resolve(c => c.Source.Figures.Rank);
        Field<NonNullGraphType<PerformanceFactsType>>("facts")
            .Description("The counts the figures come from. 各项指标所依据的原始计数。")
            .Resolve(c => c.Source.Facts);
    }
}

public sealed class SupervisorRatingsType : ObjectGraphType<SupervisorRatings>
{
    public SupervisorRatingsType()
    {
        Name = "SupervisorRatings";
        Description = "主管评分 (1–5 each).";
        Field(x => x.ServiceAttitude).Description("Service attitude. 服务态度。");
        Field(x => x.ProfessionalAbility).Description("Professional ability. 专业能力。");
        Field(x => x.CustomerFeedback).Description("Customer feedback. 客户反馈。");
    }
}

public sealed class PerformanceFactsType : ObjectGraphType<PerformanceFacts>
{
    public PerformanceFactsType()
    {
        Name = "PerformanceFacts";
        Description = "What was counted for one salesperson in the period. 本期为单个业务员统计的数据。";
        Field(x => x.Surveys).Description("Satisfaction surveys answered. 已完成的满意度调研数。");
        Field(x => x.SatisfiedSurveys).Description("Of which satisfied (score 4–5). 其中满意的（评分 4–5）。");
        Field(x => x.Services).Description("Service records opened. 新建的服务记录数。");
        Field(x => x.Complaints).Description("Of which complaints. 其中的投诉数。");
        Field(x => x.NewCustomers).Description("Customers entered, owned now. 录入且目前仍由其负责的客户数。");
        Field(x => x.CustomersFollowedUp).Description("Distinct customers followed up. 跟进过的客户数（去重）。");
        Field(x => x.CustomersWorked)
            .Description(
                "Distinct customers worked: followed up, or with a deal of theirs open or closed in the period. " +
                "经营客户数。");
        Field(x => x.CustomersConverted).Description("Of the customers worked, those with a deal won. 其中成交客户数。");
        Field(x => x.PlansDue).Description("Follow-up plans that fell due (not cancelled). 到期的跟进计划数（不含已取消）。");
        Field(x => x.PlansDoneOnTime).Description("Of which done by their planned day. 其中在计划当天或之前完成的。");
        Field(x => x.DealsWon).Description("Deals won in the period. 成交商机数。");
        Field(x => x.DealsWonWithoutFollowUp)
            .Description(
                "Of the deals won, those with no follow-up of theirs with the customer at or before the win. " +
                "其中无跟进记录的成交数。");
    }
}
