using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Care;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Service;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Aftercare;

public sealed class ServiceTypeType : DomainEnumType<ServiceType>;

public sealed class ServiceStatusType : DomainEnumType<ServiceStatus>;

public sealed class CareKindType : DomainEnumType<CareKind>;

public sealed class FeedbackCategoryType : DomainEnumType<FeedbackCategory>;

public sealed class WinBackOutcomeType : DomainEnumType<WinBackOutcome>;

/// <summary>The fields every after-sale record shows: its node id, version, customer and owner.</summary>
internal static class CustomerRecordFieldsOf
{
    public static void Common<T>(ObjectGraphType<T> type, string typeName, Func<T, Guid> ownerId)
        where T : Domain.Common.AggregateRoot, ICustomerRecord
    {
        type.Name = typeName;
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is T;
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(typeName, c.Source.Id));
        type.AddVersionField();
        type.Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer. 客户。").Resolve(
            c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        type.Field<UserType>("owner").Description("Who handles it. 负责人。").Resolve(c => c.LoadUser(ownerId(c.Source)));
    }
}

public sealed class ServiceRecordType : ObjectGraphType<ServiceRecord>
{
    public const string TypeName = "ServiceRecord";

    public ServiceRecordType()
    {
        CustomerRecordFieldsOf.Common(this, TypeName, s => s.OwnerId);
        Description = DomainDocs.Summary(typeof(ServiceRecord));
        Field<NonNullGraphType<ServiceTypeType>>("type").Description("Service type. 服务类型。").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<ServiceStatusType>>("status").Description("Service status. 服务状态。").Resolve(
            c => c.Source.Status);
        Field(x => x.Content).Description("What the service or complaint is about. 服务内容 / 投诉内容。");
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt").Description("When it was requested. 请求时间。").Resolve(
            c => c.Source.RequestedAt);
        Field<DateTimeScalar>("answeredAt").Description("When it was first answered. 响应时间。").Resolve(
            c => c.Source.AnsweredAt);
        Field<IntGraphType>("responseMinutes").Description("From request to first answer, in minutes (响应时长).").Resolve(
            c => c.Source.ResponseTime is { } t ? (int)t.TotalMinutes : null);
        Field(x => x.AnswerText, nullable: true).Description("The answer given. 响应内容。");
        Field<DateTimeScalar>("resolvedAt").Description("When it was resolved. 解决时间。").Resolve(
            c => c.Source.ResolvedAt);
        Field(x => x.Result, nullable: true).Description("Result of the handling. 处理结果。");
        Field<DateTimeScalar>("revisitedAt").Description("When it was revisited. 回访时间。").Resolve(
            c => c.Source.RevisitedAt);
        Field(x => x.RevisitNote, nullable: true).Description("Revisit conclusion. 回访结论。");
        Field(x => x.Satisfied, nullable: true).Description("客户是否满意 (from the resolution or the revisit).");
        Field<DateTimeScalar>("closedAt").Description("When it was closed. 关闭时间。").Resolve(c => c.Source.ClosedAt);
    }
}

public sealed class CareActionType : ObjectGraphType<CareAction>
{
    public const string TypeName = "CareAction";

    public CareActionType()
    {
        CustomerRecordFieldsOf.Common(this, TypeName, a => a.OwnerId);
        Description = DomainDocs.Summary(typeof(CareAction));
        Field<NonNullGraphType<CareKindType>>("kind").Description("Kind of care action. 关怀类型。").Resolve(
            c => c.Source.Kind);
        Field(x => x.Note, nullable: true).Description("Notes. 备注。");
        Field<NonNullGraphType<DateTimeScalar>>("doneAt").Description("When the care action was done. 关怀时间。").Resolve(
            c => c.Source.DoneAt);
    }
}

public sealed class SatisfactionSurveyType : ObjectGraphType<SatisfactionSurvey>
{
    public const string TypeName = "SatisfactionSurvey";

    public SatisfactionSurveyType()
    {
        CustomerRecordFieldsOf.Common(this, TypeName, s => s.OwnerId);
        Description = DomainDocs.Summary(typeof(SatisfactionSurvey));
        Field(x => x.Score)
            .Description(DomainDocs.Property(typeof(SatisfactionSurvey), nameof(SatisfactionSurvey.Score)));
        Field(x => x.Satisfied).Description("4 or 5. 满意。");
        Field(x => x.Comment, nullable: true).Description("The customer's comment. 客户评价。");
        Field<NonNullGraphType<DateTimeScalar>>("answeredAt")
            .Description("When the survey was answered. 调研时间。")
            .Resolve(c => c.Source.AnsweredAt);
    }
}

public sealed class FeedbackType : ObjectGraphType<Feedback>
{
    public const string TypeName = "Feedback";

    public FeedbackType()
    {
        CustomerRecordFieldsOf.Common(this, TypeName, f => f.OwnerId);
        Description = DomainDocs.Summary(typeof(Feedback));
        Field<NonNullGraphType<FeedbackCategoryType>>("category").Description("Feedback category. 反馈类别。").Resolve(
            c => c.Source.Category);
        Field(x => x.Content).Description("Feedback content. 反馈内容。");
        Field(x => x.ForProductDepartment)
            .Description(DomainDocs.Property(typeof(Feedback), nameof(Feedback.ForProductDepartment)));
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Description("When it was received. 收到时间。").Resolve(
            c => c.Source.ReceivedAt);
    }
}

public sealed class WinBackAttemptType : ObjectGraphType<WinBackAttempt>
{
    public const string TypeName = "WinBackAttempt";

    public WinBackAttemptType()
    {
        CustomerRecordFieldsOf.Common(this, TypeName, w => w.OwnerId);
        Description = DomainDocs.Summary(typeof(WinBackAttempt));
        Field(x => x.ChurnReason).Description("Churn reason. 流失原因。");
        Field(x => x.Measures).Description("Win-back measures. 挽回措施。");
        Field<NonNullGraphType<WinBackOutcomeType>>("outcome").Description("Win-back outcome. 挽回效果。").Resolve(
            c => c.Source.Outcome);
        Field(x => x.Effect, nullable: true).Description("Description of the effect. 效果说明。");
        Field<NonNullGraphType<DateTimeScalar>>("startedAt").Description("When the win-back started. 开始时间。")
            .Resolve(c => c.Source.StartedAt);
        Field<DateTimeScalar>("endedAt").Description("When the win-back ended; null while pending. 结束时间；进行中时为 null。")
            .Resolve(c => c.Source.EndedAt);
    }
}
