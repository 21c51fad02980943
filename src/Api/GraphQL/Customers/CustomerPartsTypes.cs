using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed class CustomerNeedsType : ObjectGraphType<CustomerNeeds>
{
    public CustomerNeedsType()
    {
        Name = "CustomerNeeds";
        Description = DomainDocs.Summary(typeof(CustomerNeeds));
        Field(x => x.Product, nullable: true).Description("Product or service wanted. 需求产品或服务。");
        Field(x => x.BudgetMin, nullable: true).Description("Budget minimum. 预算下限。");
        Field(x => x.BudgetMax, nullable: true).Description("Budget maximum. 预算上限。");
        Field(x => x.Currency).Description("币种 (ISO 4217).");
        Field<DateScalar>("expectedCloseOn").Description("Time frame: expected signing date. 时间节点：预计签约日期。").Resolve(
            c => c.Source.ExpectedCloseOn);
        Field<NonNullGraphType<DecisionChainType>>("decisionChain")
            .Description("Decision chain: short, long or unknown. 决策链：短、长或未知。").Resolve(c => c.Source.DecisionChain);
        Field(x => x.Description, nullable: true).Description("Description of the needs. 需求描述。");
    }
}

public sealed class CustomerEvaluationType : ObjectGraphType<CustomerEvaluation>
{
    public CustomerEvaluationType()
    {
        Name = "CustomerEvaluation";
        Description = DomainDocs.Summary(typeof(CustomerEvaluation));
        Field(x => x.PurchasingPower).Description("Purchasing power (1–5). 购买力（1–5）。");
        Field(x => x.PurchaseIntent).Description("Purchase intent (1–5). 购买意愿（1–5）。");
        Field(x => x.Loyalty).Description("Loyalty (1–5). 忠诚度（1–5）。");
        Field(x => x.Total).Description("The sum of the three scores (3–15). 三项评分之和（3–15）。");
        Field(x => x.Note, nullable: true).Description("Evaluation note. 评估备注。");
        Field<NonNullGraphType<DateTimeScalar>>("evaluatedAt").Description("When the customer was evaluated. 评估时间。")
            .Resolve(c => c.Source.EvaluatedAt);
        Field<NonNullGraphType<IdGraphType>>("evaluatedById").Description("Who evaluated the customer. 评估人。")
            .Resolve(c => GlobalId.Format("User", c.Source.EvaluatedBy));
    }
}

public sealed class ContactType : ObjectGraphType<Contact>
{
    public ContactType()
    {
        Name = "Contact";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Contact;
        Description = DomainDocs.Summary(typeof(Contact));
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format("Contact", c.Source.Id));
        Field(x => x.Name).Description("Name. 姓名。");
        Field(x => x.Title, nullable: true).Description("Job title. 职务。");
        Field(x => x.Phone, nullable: true).Description("Phone. 电话。");
        Field(x => x.Email, nullable: true).Description("Email. 邮箱。");
        Field(x => x.WeChat, nullable: true).Description("WeChat. 微信。");
        Field(x => x.Address, nullable: true).Description("Address. 地址。");
        Field(x => x.Notes, nullable: true).Description("Notes. 备注。");
        Field(x => x.IsKeyDecisionMaker).Description("Key decision maker. 关键决策人。");
    }
}

public sealed class KeyDateType : ObjectGraphType<KeyDate>
{
    public KeyDateType()
    {
        Name = "KeyDate";
        Interface<NodeInterface>();
        IsTypeOf = o => o is KeyDate;
        Description = DomainDocs.Summary(typeof(KeyDate));
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format("KeyDate", c.Source.Id));
        Field<NonNullGraphType<KeyDateKindType>>("kind").Description("What kind of date. 日期类型。")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateScalar>>("date").Description("The date. 日期。").Resolve(c => c.Source.Date);
        Field(x => x.Label).Description("What the date is, e.g. 王总生日. 日期名称。");
        Field(x => x.RecursYearly).Description("Birthdays and anniversaries recur every year. 生日和周年纪念日每年重复。");
    }
}

public sealed class PotentialIssueType : ObjectGraphType<PotentialIssue>
{
    public PotentialIssueType()
    {
        Name = "PotentialIssue";
        Interface<NodeInterface>();
        IsTypeOf = o => o is PotentialIssue;
        Description = DomainDocs.Summary(typeof(PotentialIssue));
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format("PotentialIssue", c.Source.Id));
        Field(x => x.Description).Description("Description of the issue. 问题描述。");
        Field(x => x.Analysis, nullable: true).Description("Analysis of the issue. 问题分析。");
        Field(x => x.Solution, nullable: true).Description("Solution. 解决方案。");
        Field<NonNullGraphType<IssueStatusType>>("status").Description("Handling status. 处理状态。")
            .Resolve(c => c.Source.Status);
    }
}

public sealed class PurchaseType : ObjectGraphType<Purchase>
{
    public PurchaseType()
    {
        Name = "Purchase";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Purchase;
        Description = DomainDocs.Summary(typeof(Purchase));
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format("Purchase", c.Source.Id));
        Field(x => x.Product).Description("Product bought. 购买的产品。");
        Field<NonNullGraphType<DateScalar>>("purchasedOn").Description("Purchase date. 购买日期。")
            .Resolve(c => c.Source.PurchasedOn);
        Field(x => x.Amount).Description("Amount. 金额。");
        Field(x => x.Currency).Description("Currency of the amount. 币种。");
    }
}

public sealed class StageChangeType : ObjectGraphType<StageChange>
{
    public StageChangeType()
    {
        Name = "StageChange";
        Description = DomainDocs.Summary(typeof(StageChange));
        Field<LifecycleStageType>("from").Description("The previous stage; null for the first. 原阶段；首次进入时为 null。")
            .Resolve(c => c.Source.From);
        Field<NonNullGraphType<LifecycleStageType>>("to").Description("The new stage. 新阶段。").Resolve(c => c.Source.To);
        Field<NonNullGraphType<StageTriggerType>>("trigger").Description("What justified the move. 变更依据。")
            .Resolve(c => c.Source.Trigger);
        Field(x => x.Reason, nullable: true).Description("调整原因 (required for manual moves).");
        Field<NonNullGraphType<IdGraphType>>("actorId").Description("Who made the move. 操作人。")
            .Resolve(c => GlobalId.Format("User", c.Source.ActorId));
        Field<NonNullGraphType<DateTimeScalar>>("at").Description("When the stage changed. 变更时间。")
            .Resolve(c => c.Source.At);
    }
}

public sealed class GradeChangeType : ObjectGraphType<GradeChange>
{
    public GradeChangeType()
    {
        Name = "GradeChange";
        Description = DomainDocs.Summary(typeof(GradeChange));
        Field<CustomerGradeType>("from").Description("The previous grade; null when first graded. 原分级；首次分级时为 null。")
            .Resolve(c => c.Source.From);
        Field<NonNullGraphType<CustomerGradeType>>("to").Description("The new grade. 新分级。").Resolve(c => c.Source.To);
        Field(x => x.Reason).Description("Reason for the upgrade or downgrade. 升级/降级原因。");
        Field<NonNullGraphType<IdGraphType>>("actorId").Description("Who changed the grade. 操作人。")
            .Resolve(c => GlobalId.Format("User", c.Source.ActorId));
        Field<NonNullGraphType<DateTimeScalar>>("at").Description("When the grade changed. 调整时间。")
            .Resolve(c => c.Source.At);
    }
}

public sealed class GradeProposalType : ObjectGraphType<GradeProposal>
{
    public GradeProposalType()
    {
        Name = "GradeProposal";
        Description = DomainDocs.Summary(typeof(GradeProposal));
        Field<NonNullGraphType<CustomerGradeType>>("grade").Description("The proposed grade. 建议分级。")
            .Resolve(c => c.Source.Grade);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Why, in English. 理由（英文）。")
            .Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("chineseReasons")
            .Description("Reasons, in Chinese. 理由（中文）。")
            .Resolve(c => c.Source.ChineseReasons);
    }
}
