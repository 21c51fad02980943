using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Customers.Reading;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.FollowUps;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.FollowUps;

public sealed class FollowUpPlanType : ObjectGraphType<FollowUpPlan>
{
    public const string TypeName = "FollowUpPlan";

    public FollowUpPlanType()
    {
        Name = TypeName;
        Description = DomainDocs.Summary(typeof(FollowUpPlan));
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        this.AddVersionField();
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer. 客户。")
            .Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field<NonNullGraphType<CustomerType>>("customer")
            .Description("The customer, read with the plans' other customers in one statement. 客户。")
            .Resolve(c => c.LoadCustomer(c.Source.CustomerId));
        Field<NonNullGraphType<IdGraphType>>("ownerId").Description("Who follows up. 跟进人。")
            .Resolve(c => GlobalId.Format("User", c.Source.OwnerId));
        Field<NonNullGraphType<DateTimeScalar>>("dueAt").Description("Planned follow-up time. 计划跟进时间。").Resolve(
            c => c.Source.DueAt);
        Field<NonNullGraphType<FollowUpChannelType>>("channel").Description("Planned follow-up channel. 跟进方式。")
            .Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<FollowUpPurposeType>>("purpose").Description("Purpose of the follow-up. 沟通目的。")
            .Resolve(c => c.Source.Purpose);
        Field(x => x.PreparedContent, nullable: true).Description("Prepared content. 准备内容。");
        Field(x => x.FromCadence)
            .Description("Proposed by the team's cadence rather than a person. 由团队跟进频率自动生成，而非人工安排。");
        Field<NonNullGraphType<FollowUpPlanStatusType>>("status")
            .Description("Planned, done or cancelled. 计划状态：待跟进、已完成或已取消。").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("逾期: due time passed and not done.")
            .Resolve(c => c.Source.IsOverdue(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
        Field<IdGraphType>("completedByRecordId")
            .Description("The follow-up record that completed this plan. 完成该计划的跟进记录。")
            .Resolve(c => c.Source.CompletedByRecordId is { } id
                ? GlobalId.Format(FollowUpRecordType.TypeName, id) : null);
        Field<DateTimeScalar>("completedAt").Description("When the plan was completed. 完成时间。")
            .Resolve(c => c.Source.CompletedAt);
        Field(x => x.CancelReason, nullable: true).Description("Why the plan was cancelled. 取消原因。");
        IsTypeOf = o => o is FollowUpPlan;
    }
}

public sealed class FollowUpRecordType : ObjectGraphType<FollowUpRecord>
{
    public const string TypeName = "FollowUpRecord";

    public FollowUpRecordType()
    {
        Name = TypeName;
        Description = DomainDocs.Summary(typeof(FollowUpRecord));
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer. 客户。")
            .Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field<NonNullGraphType<CustomerType>>("customer")
            .Description("The customer, read with the records' other customers in one statement. 客户。")
            .Resolve(c => c.LoadCustomer(c.Source.CustomerId));
        Field<NonNullGraphType<IdGraphType>>("ownerId").Description("Who followed up. 跟进人。")
            .Resolve(c => GlobalId.Format("User", c.Source.OwnerId));
        Field<IdGraphType>("contactId").Description("The contact spoken to. 沟通的联系人。")
            .Resolve(c => c.Source.ContactId is { } id ? GlobalId.Format("Contact", id) : null);
        Field<NonNullGraphType<DateTimeScalar>>("happenedAt")
            .Description("When the follow-up happened. 跟进时间。")
            .Resolve(c => c.Source.HappenedAt);
        Field<NonNullGraphType<DateTimeScalar>>("recordedAt").Description("When it was recorded. 记录时间。").Resolve(
            c => c.Source.RecordedAt);
        Field<NonNullGraphType<FloatGraphType>>("recordLagHours")
            .Description("Hours between the contact and its record (跟进后立即记录).")
            .Resolve(c => Math.Round(c.Source.RecordLag.TotalHours, 2));
        Field<NonNullGraphType<FollowUpChannelType>>("channel").Description("Follow-up channel. 跟进方式。")
            .Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<FollowUpPurposeType>>("purpose").Description("Purpose of the follow-up. 沟通目的。")
            .Resolve(c => c.Source.Purpose);
        Field(x => x.Content).Description("What was discussed. 沟通内容。");
        Field(x => x.CustomerFeedback, nullable: true).Description("Customer feedback. 客户反馈。");
        Field(x => x.Result, nullable: true).Description("Result of the follow-up. 跟进结果。");
        Field(x => x.NextAction, nullable: true).Description("Next action. 下一步行动。");
        Field<DateTimeScalar>("nextFollowUpAt").Description("下次跟进时间 as given in the record.").Resolve(
            c => c.Source.NextFollowUpAt);
        Field<IdGraphType>("planId").Description("The plan this follow-up fulfilled, if any. 对应的跟进计划（如有）。")
            .Resolve(c => c.Source.PlanId is { } id ? GlobalId.Format(FollowUpPlanType.TypeName, id) : null);
        Field(x => x.BeyondDailyCap).Description("Recorded beyond the team's daily cap (warned). 超出团队每日跟进上限后记录（已警告）。");
        IsTypeOf = o => o is FollowUpRecord;
    }
}

/// <summary>What <c>recordFollowUp</c> returns: the record and the next plan it scheduled.</summary>
public sealed record RecordFollowUpResult(FollowUpRecord Record, FollowUpPlan NextPlan, bool BeyondDailyCap);

public sealed class RecordFollowUpResultType : ObjectGraphType<RecordFollowUpResult>
{
    public RecordFollowUpResultType()
    {
        Name = "RecordedFollowUp";
        Description = "A recorded follow-up and the next follow-up planned. 已记录的跟进及下次跟进计划。";
        Field<NonNullGraphType<FollowUpRecordType>>("record").Description("The follow-up record. 跟进记录。")
            .Resolve(c => c.Source.Record);
        Field<NonNullGraphType<FollowUpPlanType>>("nextPlan").Description("The next follow-up: from the record's " +
            "next time, or else from the team's cadence. 下次跟进：取记录中的下次跟进时间，未填则按团队跟进频率生成。").Resolve(c =>
                c.Source.NextPlan);
        Field(x => x.BeyondDailyCap)
            .Description("True when the customer already had the day's maximum (过犹不及); recorded with a warning.");
    }
}
