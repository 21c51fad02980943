using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Teams;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Admin;

public sealed class TeamType : ObjectGraphType<Team>
{
    public const string TypeName = "Team";

    public TeamType()
    {
        Name = TypeName;
        Description = "A sales team: members share a pool, supervisors and a time zone. 销售团队。";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Team;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        this.AddVersionField();
        Field(x => x.Name).Description("Team name. 团队名称。");
        Field<NonNullGraphType<StringGraphType>>("timeZone")
            .Description("IANA time zone that defines the team's days. 时区。")
            .Resolve(c => c.Source.TimeZoneId);
        Field<NonNullGraphType<CadencePolicyType>>("cadence")
            .Description("跟进频率 per grade and stage, and the daily cap.")
            .Resolve(c => c.Source.Cadence);
        Field<NonNullGraphType<PoolPolicyType>>("pool").Description("公海规则: reclaim, claim caps and cooldown.").Resolve(
            c => c.Source.Pool);
        Field<NonNullGraphType<ReminderPolicyType>>("reminders")
            .Description("跟进提醒: lead times and staleness.")
            .Resolve(c => c.Source.Reminders);
        Field<NonNullGraphType<EvaluationWeightsType>>("evaluationWeights")
            .Description("绩效评估权重 in percent; they sum to 100.")
            .Resolve(c => c.Source.Weights);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("customSources")
            .Description("The team's own customer sources. 自定义客户来源。")
            .Resolve(c => c.Source.CustomSources);
    }
}
