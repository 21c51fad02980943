using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Customers.Reading;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.Reminders;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Reminders;

public sealed class ReminderKindType : DomainEnumType<ReminderKind>;

public sealed class ReminderType : ObjectGraphType<Reminder>
{
    public const string TypeName = "Reminder";

    public ReminderType()
    {
        Name = TypeName;
        Description = "A reminder that fell due for you (跟进提醒), stored once per cause. 提醒。";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Reminder;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        this.AddVersionField();
        Field<NonNullGraphType<ReminderKindType>>("kind").Description("Reminder kind. 提醒种类。").Resolve(
            c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("customerId")
            .Description("The customer it is about; for a digest, the first of its customers. 客户（汇总提醒为其中第一位）。")
            .Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field<CustomerType>("customer")
            .Description("The customer of customerId as you may see it now (null when you no longer may), read with "
                + "the other reminders' customers in one statement. 客户（当前已无权查看时为空）。")
            .Resolve(c => c.LoadCustomer(c.Source.CustomerId));
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("What is due, in the language of the request (Accept-Language), times in the team's time zone "
                + "(named when not UTC+8), relative words (today, yesterday) as of when you read it. "
                + "提醒内容：按请求语言书写，时间为团队时区，“今天/昨天”按读取时计算。")
            .Resolve(c => c.Source.TextFor(
                c.PrefersChinese(), c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
        Field<NonNullGraphType<DateTimeScalar>>("dueAt")
            .Description("When the thing reminded about is due: the planned follow-up, the key date (at the team's due "
                + "hour), the first follow-up, the reclaim; for a digest, when it was made. 到期/计划时间。")
            .Resolve(c => c.Source.DueAt);
        Field<DateTimeScalar>("occurredAt")
            .Description("When the cause happened, for kinds that have one: the first contact (new customer), the last "
                + "review or check (stale grade or contact details), the reclaim (returned to the pool); "
                + "null otherwise. "
                + "起因发生时间，无则为空。")
            .Resolve(c => c.Source.OccurredAt);
        Field<IntGraphType>("customerCount")
            .Description("For a digest (one reminder instead of many of one kind): how many customers it stands for; "
                + "null for a single reminder. 汇总提醒包含的客户数，单条提醒为空。")
            .Resolve(c => c.Source.CustomerCount);
        Field<NonNullGraphType<StringGraphType>>("customersWhere")
            .Description("A CustomerFilterInput, as JSON, that lists exactly the customers this reminder is "
                + "about: pass "
                + "it as `customers(where: ...)`. For a digest it is `{\"inDigest\": <this id>}`. "
                + "可直接传给 customers 查询 where 参数的筛选条件（JSON），列出本提醒涉及的全部客户。")
            .Resolve(c => CustomersWhere(c.Source));
        Field<NonNullGraphType<DateTimeScalar>>("issuedAt").Description("When it was stored. 生成时间。")
            .Resolve(c => c.Source.IssuedAt);
        Field<DateTimeScalar>("readAt").Description("When it was read. 已读时间。").Resolve(c => c.Source.ReadAt);
        Field<DateTimeScalar>("dismissedAt").Description("When it was dismissed. 忽略时间。").Resolve(
            c => c.Source.DismissedAt);
        Field<DateTimeScalar>("snoozedUntil").Description("Snoozed until. 稍后提醒到。").Resolve(c => c.Source.SnoozedUntil);
    }

    /// <summary>The customers filter that lists what the reminder is about (ADR-033).</summary>
    public static string CustomersWhere(Reminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var where = reminder.IsDigest
            ? new JsonObject { ["inDigest"] = GlobalId.Format(TypeName, reminder.Id) }
            : new JsonObject
            {
                ["id"] = new JsonObject { ["eq"] = GlobalId.Format(CustomerType.TypeName, reminder.CustomerId) },
            };
        return where.ToJsonString();
    }
}
