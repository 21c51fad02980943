using System.Text.Json;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence.Auditing;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Audit;

public sealed class AuditActionType : EnumerationGraphType<AuditAction>
{
    public AuditActionType()
    {
        Name = "AuditAction";
        Description = "What happened to the record. 操作类型。";
        Values["CREATED"]!.Description = "Created. 新建。";
        Values["UPDATED"]!.Description = "Updated. 修改。";
        Values["DELETED"]!.Description = "Deleted. 删除。";
        Values["EXPORTED"]!.Description = "Exported. 导出。";
        Values["ERASED"]!.Description = "Personal data erased on request. 个人信息已按要求删除。";
    }
}

/// <summary>
/// One field of an audit entry: its value before and after, as JSON text (masked for personal contact data).
/// </summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After);

public sealed class AuditFieldChangeType : ObjectGraphType<AuditFieldChange>
{
    public AuditFieldChangeType()
    {
        Name = "AuditFieldChange";
        Description = "A field's value before and after, as JSON; phones, emails, WeChat ids, addresses and " +
            "birthdays show *** . 字段变更。";
        Field(x => x.Field).Description("The field, e.g. `grade`, `profile.industry` or `contacts[<id>].title`. " +
            "字段，例如 `grade`、`profile.industry` 或 `contacts[<id>].title`。");
        Field(x => x.Before, nullable: true)
            .Description("JSON value before; null when created. 修改前的 JSON 值；新建时为 null。");
        Field(x => x.After, nullable: true).Description("JSON value after; null when deleted. 修改后的 JSON 值；删除时为 null。");
    }
}

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public const string TypeName = "AuditEntry";

    public AuditEntryType()
    {
        Name = TypeName;
        Description = "A saved change: who, when, what, and each field before and after. 操作审计记录。";
        Interface<NodeInterface>();
        IsTypeOf = o => o is AuditEntry;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        Field<NonNullGraphType<DateTimeScalar>>("occurredAt").Description("When the change was made. 操作时间。")
            .Resolve(c => c.Source.OccurredAt);
        Field<IdGraphType>("actorId")
            .Description("Who made the change; null for the system (scheduled jobs). 操作人；系统（定时任务）操作时为 null。")
            .Resolve(c => c.Source.ActorId is { } id ? GlobalId.Format(UserType.TypeName, id) : null);
        Field<UserType>("actor").Description("Who made the change, when visible to you. 操作人（对你可见时）。").Resolve(
            c => c.Source.ActorId is { } id ? c.LoadUser(id) : null);
        Field<NonNullGraphType<AuditActionType>>("action").Description("What was done to the record. 操作类型。")
            .Resolve(c => c.Source.Action);
        Field(x => x.EntityType).Description(
            "The kind of record, e.g. Customer, Deal, FollowUpPlan, User. 记录类型，例如 Customer、Deal、FollowUpPlan、User。");
        Field<NonNullGraphType<IdGraphType>>("entityId")
            .Description("The record's global id (resolve it with `node`). 记录的全局 id（可用 `node` 查询）。")
            .Resolve(c => GlobalId.Format(c.Source.EntityType, c.Source.EntityId));
        Field<IdGraphType>("customerId").Description("The customer the change concerns, if any. 变更涉及的客户（如有）。").Resolve(
            c => c.Source.CustomerId is { } id ? GlobalId.Format("Customer", id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditFieldChangeType>>>>("changes")
            .Description("Each changed field with its value before and after. 变更的字段及修改前后的值。")
            .Resolve(c => Changes(c.Source.Changes));
    }

    private static IEnumerable<AuditFieldChange> Changes(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new AuditFieldChange(
            e.GetProperty("field").GetString()!,
            e.GetProperty("before").ValueKind == JsonValueKind.Null ? null : e.GetProperty("before").GetRawText(),
            e.GetProperty("after").ValueKind == JsonValueKind.Null ? null : e.GetProperty("after").GetRawText()))];
    }
}
