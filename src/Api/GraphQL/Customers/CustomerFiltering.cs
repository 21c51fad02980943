using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Customers;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>What <c>customers(where:, order:)</c> can filter and sort by.</summary>
public static class CustomerFiltering
{
    public static readonly FilterSpec<Customer> Filter = new FilterSpec<Customer>(
        "CustomerFilterInput", "Conditions on customers; fields are AND-ed. 客户筛选。")
        .Reference("id", c => c.Id, CustomerType.TypeName, "The customer's global id. 客户的全局 id。")
        .Text("name", c => c.Name, "Person or company name. 客户名称。")
        .Choice<CustomerKind, CustomerKindType>("kind", c => c.Kind, "Customer kind: individual or organization. 客户类型。")
        .OptionalReference("ownerId", c => c.OwnerId, UserType.TypeName, "The responsible salesperson; `eq: null` " +
            "finds customers in the pool. 负责人。")
        .Instant("firstContactAt", c => c.FirstContactAt, "First contact time. 首次接触时间。")
        .Instant("enteredAt", c => c.EnteredAt, "Entry time. 录入时间。")
        .Choice<LifecycleStage, Enums.LifecycleStageType>("stage", c => c.Stage, "Lifecycle stage. 生命周期阶段。")
        .OptionalChoice<CustomerGrade, Enums.CustomerGradeType>(
            "grade", c => c.Grade, "客户分级; `eq: null` finds ungraded customers.")
        .Choice<CustomerSource, Enums.CustomerSourceType>("source", c => c.Profile.Source, "Customer source. 客户来源。")
        .Text("industry", c => c.Profile.Industry, "Organization: industry. 企业客户：行业。")
        .Money("budgetMin", c => c.Needs.BudgetMin, "Budget minimum. 预算下限。")
        .Money("budgetMax", c => c.Needs.BudgetMax, "预算上限; a budget range overlapping 50–80万 is `budgetMin: { lte: " +
            "800000 }, budgetMax: { gte: 500000 }`.")
        .OptionalInstant("lastFollowUpAt", c => c.LastFollowUpAt, "最近跟进时间 (null when never followed up).")
        .Flag("isArchived", c => c.IsArchived, "Archived. 已归档。")
        .Custom("tags", new GraphQLTypeReference("ListStringOperationFilterInput"), "标签: `{ some: { eq: \"VIP\" } " +
            "}`, `none`, `all`, `any`.", CustomerWorkFilters.Tags)
        .Custom("hasOverdueFollowUp", new GraphQLTypeReference("Boolean"), "true: a planned follow-up is past due " +
            "(逾期未跟进); false: none is.", CustomerWorkFilters.HasOverdueFollowUp)
        .Custom("nextFollowUpBefore", new GraphQLTypeReference("DateTime"), "A planned follow-up is due before this " +
            "time (下次跟进早于).", CustomerWorkFilters.NextFollowUpBefore)
        .Custom(
            "keyDateWithinDays", new GraphQLTypeReference("Int"),
            "A key date (生日、纪念日、合同到期…) falls within this many days from today in your team's time zone (0–366).",
            CustomerWorkFilters.KeyDateWithinDays, needsTeam: true)
        .Custom(
            "inPool", new GraphQLTypeReference("Boolean"), "true: in the team pool (公海); false: owned by someone.",
            CustomerWorkFilters.InPool)
        .Custom("lastContactBefore", new GraphQLTypeReference("DateTime"), "Last followed up before this time, or " +
            "never (久未联系).", CustomerWorkFilters.LastContactBefore)
        .Custom("inDigest", new GraphQLTypeReference("ID"),
            "The customers a digest reminder stands for, as issued (a Reminder id; see Reminder.customersWhere). "
                + "汇总提醒所包含的客户。",
            CustomerWorkFilters.InDigest);

    public static readonly SortSpec<Customer> Sort = new SortSpec<Customer>(
            "CustomerSortInput",
            SortKey.By("id", (Customer c) => c.Id).Selector,
            [SortKey.By("enteredAt", (Customer c) => c.EnteredAt, descending: true), SortKey.By(
                "id", (Customer c) => c.Id, descending: true)])
        .By("name", c => c.Name, "Person or company name. 客户名称（个人姓名或公司名称）。")
        .By("kind", c => c.Kind, "Individual or organization. 个人或企业客户。")
        .By("firstContactAt", c => c.FirstContactAt, "First contact time. 首次接触时间。")
        .By("enteredAt", c => c.EnteredAt, "录入时间 (the default order, newest first).")
        .By("stage", c => c.Stage, "Lifecycle stage. 客户阶段。");
}

public sealed class CustomerFilterInputType() : FilterInputType<Customer>(CustomerFiltering.Filter);

public sealed class CustomerSortInputType() : SortInputType<Customer>(CustomerFiltering.Sort);
