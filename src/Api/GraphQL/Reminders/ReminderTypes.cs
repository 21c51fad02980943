using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.Reminders;
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
        Field<NonNullGraphType<ReminderKindType>>("kind").Description("提醒种类。").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer it is about. 客户。").Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is due, in the language of the request. 提醒内容。")
            .Resolve(c => c.UserContext is CrmUserContext { Chinese: true } ? c.Source.ChineseMessage : c.Source.Message);
        Field<NonNullGraphType<DateTimeScalar>>("dueAt").Description("When it falls due. 提醒时间。").Resolve(c => c.Source.DueAt);
        Field<NonNullGraphType<DateTimeScalar>>("issuedAt").Description("When it was stored.").Resolve(c => c.Source.IssuedAt);
        Field<DateTimeScalar>("readAt").Description("已读时间。").Resolve(c => c.Source.ReadAt);
        Field<DateTimeScalar>("dismissedAt").Description("忽略时间。").Resolve(c => c.Source.DismissedAt);
        Field<DateTimeScalar>("snoozedUntil").Description("稍后提醒到。").Resolve(c => c.Source.SnoozedUntil);
    }
}
