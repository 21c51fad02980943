using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Performance;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Performance;

public sealed class PerformanceRatingType : ObjectGraphType<PerformanceRating>
{
    public const string TypeName = "PerformanceRating";

    public PerformanceRatingType()
    {
        Name = TypeName;
        Description = "主管评分: a supervisor's ratings (1–5) of a salesperson for a period — service attitude, " +
            "professional ability, customer feedback. Revising changes it; every version is in the audit trail. " +
            "绩效评估（定性）。";
        Interface<NodeInterface>();
        IsTypeOf = o => o is PerformanceRating;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        this.AddVersionField();
        Field<UserType>("salesperson").Description("Who is rated. 业务员。").Resolve(
            c => c.LoadUser(c.Source.SalespersonId));
        Field<UserType>("supervisor").Description("Who rated, or last revised. 评分主管。").Resolve(
            c => c.LoadUser(c.Source.SupervisorId));
        Field<NonNullGraphType<DateScalar>>("periodStart")
            .Description("First day of the period (team's calendar). 考核期开始。")
            .Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<DateScalar>>("periodEnd").Description("Last day of the period. 考核期结束。").Resolve(
            c => c.Source.PeriodEnd);
        Field(x => x.ServiceAttitude).Description("Service attitude, 1–5. 服务态度，1–5 分。");
        Field(x => x.ProfessionalAbility).Description("Professional ability, 1–5. 专业能力，1–5 分。");
        Field(x => x.CustomerFeedback).Description("Customer feedback, 1–5. 客户反馈，1–5 分。");
        Field(x => x.Comment, nullable: true).Description("Comment. 评语。");
        Field<NonNullGraphType<DateTimeScalar>>("ratedAt").Description("When first rated. 评分时间。").Resolve(
            c => c.Source.RatedAt);
        Field<DateTimeScalar>("revisedAt").Description("When last revised. 修订时间。").Resolve(c => c.Source.RevisedAt);
    }
}
