using CrmGraph.Api.GraphQL.Aftercare;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

public sealed class CustomerType : ObjectGraphType<Customer>
{
    private static string? Doc(string property) => DomainDocs.Property(typeof(Customer), property);

    public const string TypeName = "Customer";

    public CustomerType()
    {
        Name = TypeName;
        Description = "A customer in the archive. 客户档案。";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        this.AddVersionField();
        Field(x => x.Name).Description("Person or company name. 客户名称。");
        Field<NonNullGraphType<CustomerKindType>>("kind")
            .Description("Customer kind: individual or organization. 客户类型。")
            .Resolve(c => c.Source.Kind);
        Field<IdGraphType>("ownerId")
            .Description("The responsible salesperson's id; null while the customer is in the pool (公海). 负责人。")
            .Resolve(c => c.Source.OwnerId is { } id ? GlobalId.Format("User", id) : null);
        Field<UserType>("owner")
            .Description("The responsible salesperson; null while in the pool or when not visible to you. 负责人。")
            .Resolve(c => c.Source.OwnerId is { } id ? c.LoadUser(id) : null);
        Field<NonNullGraphType<DateTimeScalar>>("firstContactAt")
            .Description("When the salesperson first met the customer. 首次接触时间。")
            .Resolve(c => c.Source.FirstContactAt);
        Field<NonNullGraphType<DateTimeScalar>>("enteredAt").Description("When the record was entered. 录入时间。").Resolve(
            c => c.Source.EnteredAt);
        Field<NonNullGraphType<LifecycleStageType>>("stage")
            .Description(Doc(nameof(Customer.Stage)) ?? "Lifecycle stage. 客户阶段。")
            .Resolve(c => c.Source.Stage);
        Field<CustomerGradeType>("grade").Description("客户分级; null until graded.").Resolve(c => c.Source.Grade);
        Field<IdGraphType>("supervisorGuideId").Description(Doc(nameof(Customer.SupervisorGuideId))).Resolve(
            c => c.Source.SupervisorGuideId is { } id ? GlobalId.Format("User", id) : null);
        Field<DateTimeScalar>("gradeReviewedAt").Description(Doc(nameof(Customer.GradeReviewedAt))).Resolve(
            c => c.Source.GradeReviewedAt);
        Field<NonNullGraphType<CustomerSourceType>>("source").Description("Where the customer came from. 客户来源。")
            .Resolve(c => c.Source.Profile.Source);
        Field<StringGraphType>("customSource")
            .Description("The team-defined source when `source` is CUSTOM. `source` 为 CUSTOM 时的团队自定义来源。")
            .Resolve(c => c.Source.Profile.CustomSource);
        Field<StringGraphType>("phone").Description("Phone. 电话。").Resolve(c => c.Source.Profile.Phone);
        Field<StringGraphType>("email").Description("Email. 邮箱。").Resolve(c => c.Source.Profile.Email);
        Field<StringGraphType>("weChat").Description("WeChat. 微信。").Resolve(c => c.Source.Profile.WeChat);
        Field<StringGraphType>("address").Description("Address. 地址。").Resolve(c => c.Source.Profile.Address);
        Field<GenderType>("gender").Description("Individual customer: gender. 个人客户：性别。").Resolve(
            c => c.Source.Profile.Gender);
        Field<DateScalar>("birthday").Description("Individual customer: birthday. 个人客户：生日。").Resolve(
            c => c.Source.Profile.Birthday);
        Field<StringGraphType>("occupation").Description("Individual customer: occupation. 个人客户：职业。").Resolve(
            c => c.Source.Profile.Occupation);
        Field<StringGraphType>("industry").Description("Organization: industry. 企业客户：行业。").Resolve(
            c => c.Source.Profile.Industry);
        Field<StringGraphType>("companySize").Description("Organization: company size. 企业客户：规模。").Resolve(
            c => c.Source.Profile.CompanySize);
        Field<StringGraphType>("mainBusiness").Description("Organization: main business. 企业客户：主营业务。").Resolve(
            c => c.Source.Profile.MainBusiness);
        Field<StringGraphType>("website").Description("Organization: website. 企业客户：网站。").Resolve(
            c => c.Source.Profile.Website);
        Field<DateScalar>("foundedOn")
            .Description("Organization: founding date (company anniversary). 企业客户：成立日期（公司周年）。")
            .Resolve(c => c.Source.Profile.FoundedOn);
        Field<StringGraphType>("preferences").Description("Preferences and habits. 偏好和习惯。").Resolve(
            c => c.Source.Profile.Preferences);
        Field<StringGraphType>("personality").Description("Personality notes. 性格特点。").Resolve(
            c => c.Source.Profile.Personality);
        Field<StringGraphType>("specialNeeds").Description("Special needs. 特殊需求。").Resolve(
            c => c.Source.Profile.SpecialNeeds);
        Field<NonNullGraphType<CustomerNeedsType>>("needs").Description("Customer needs. 客户需求。").Resolve(
            c => c.Source.Needs);
        Field<CustomerEvaluationType>("evaluation").Description("潜在客户评估; null until evaluated.").Resolve(
            c => c.Source.Evaluation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags")
            .Description("Tags. 标签。")
            .Resolve(c => c.Source.Tags);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("contacts")
            .Description("Contacts. 联系人。")
            .Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyDateType>>>>("keyDates")
            .Description("Key dates. 重要日期。")
            .Resolve(c => c.Source.KeyDates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PotentialIssueType>>>>("potentialIssues")
            .Description("Potential issues. 潜在问题。")
            .Resolve(c => c.Source.Issues);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PurchaseType>>>>("purchases")
            .Description("Purchase history. 购买记录。")
            .Resolve(c => c.Source.Purchases);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageChangeType>>>>("stageHistory")
            .Description("阶段变更记录, oldest first.")
            .Resolve(c => c.Source.StageHistory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeChangeType>>>>("gradeHistory")
            .Description("客户分级表: every grade change, oldest first.")
            .Resolve(c => c.Source.GradeHistory);
        Field<NonNullGraphType<GradeProposalType>>("gradeProposal").Description("The system's proposed grade from " +
            "evaluation and needs, with its reasons. 系统建议分级。").Resolve(c => c.Source.ProposeGrade(
                DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)));
        Field<DateTimeScalar>("contactVerifiedAt").Description(Doc(nameof(Customer.ContactVerifiedAt))).Resolve(
            c => c.Source.ContactVerifiedAt);
        Field<DateTimeScalar>("lastFollowUpAt").Description(Doc(nameof(Customer.LastFollowUpAt))).Resolve(
            c => c.Source.LastFollowUpAt);
        Field(x => x.InPool).Description("In the team pool (公海): no owner, any salesperson of the team may claim it.");
        Field(x => x.IsArchived).Description("Archived customers are kept but hidden from daily work. 已归档。");
        Field<DateTimeScalar>("erasedAt").Description("When the customer's personal data was erased on request " +
            "(个人信息已删除); the record stays, anonymous, for the ledger.").Resolve(c => c.Source.ErasedAt);
        Field<IdGraphType>("mergedIntoId").Description("Set when this record was merged into another customer (合并); " +
            "that one holds its contacts and records now.").Resolve(c =>
                c.Source.MergedIntoId is { } id ? GlobalId.Format(TypeName, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sharedWithIds")
            .Description("Colleagues the customer is shared with (共享给). Resolve them with `nodes(ids:)`.")
            .Resolve(c => c.Source.SharedWith.Select(id => GlobalId.Format("User", id)));
        Field(x => x.CooperationMode, nullable: true).Description("Cooperation mode. 合作模式。");
        Field<DateScalar>("termStart").Description("Cooperation term: start. 合作期限：开始。").Resolve(
            c => c.Source.TermStart);
        Field<DateScalar>("termEnd").Description("Cooperation term: end (contract expiry). 合作期限：结束（合同到期）。").Resolve(
            c => c.Source.TermEnd);
        Field(x => x.CooperationResults, nullable: true).Description("Cooperation results. 合作成果。");
        Field(x => x.SatisfactionScore, nullable: true).Description("Satisfaction score (1–5). 满意度评分（1–5）。");
        Field(x => x.LoyaltyScore, nullable: true).Description("Loyalty score (1–5). 忠诚度评分（1–5）。");
        Field(x => x.MaintenanceStrategy, nullable: true).Description("Maintenance strategy. 维护策略。");
        Field(x => x.ClosedReason, nullable: true).Description("流失原因 or why a lost prospect was closed.");
        this.AddAftercareFields();
        this.AddRecordFields();
        this.AddHistoryFields();
        IsTypeOf = o => o is Customer;
    }
}
