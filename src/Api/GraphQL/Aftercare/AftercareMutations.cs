using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Care;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Retention;
using CrmGraph.Domain.Service;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>
/// After the sale: service requests and each step of a complaint (客户服务/投诉处理), care actions (客户关怀),
/// satisfaction surveys, feedback, and win-back attempts (客户挽回). Everyone who may edit the customer may do these.
/// </summary>
public static class AftercareMutations
{
    public static void AddAftercareMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<ServiceRecordType>(
            "recordService", "service", "Records a service request or a complaint (type COMPLAINT starts the complaint workflow). 新建服务记录/投诉。",
            i => i.Id("customerId", "The customer. 客户。").Choice("type", "ServiceType", "Service type. 服务类型。").Text("content", "What the service or complaint is about. 服务内容 / 投诉内容。", required: true)
                .Instant("requestedAt", "When the customer asked; defaults to now. 客户提出请求的时间；默认为当前时间。").IdempotencyKey(),
            (c, input) => CustomerRecordCreation.CreateAsync(c, input, "recordService", (customer, x, _) => Task.FromResult(ServiceRecord.Open(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerId ?? x.Viewer.UserId, input.Choice<ServiceType>("type")!.Value, input.Text("content")!, input.Instant("requestedAt") ?? x.Now, x.Now))));

        mutation.AddMutation<ServiceRecordType>(
            "answerService", "service", "First answer to the customer (响应); the response time runs until now. 响应服务。",
            i => i.Target("serviceId", "The service record. 服务记录。").Text("answer", "The answer given. 响应内容。", required: true).Instant("answeredAt", "Defaults to now. 默认为当前时间。"),
            (c, input) => ServiceStepAsync(c, input, (s, now) => s.Answer(input.Text("answer")!, input.Instant("answeredAt") ?? now)));

        mutation.AddMutation<ServiceRecordType>(
            "resolveService", "service", "Records the result (处理结果). 解决服务。",
            i => i.Target("serviceId", "The service record. 服务记录。").Text("result", "Result of the handling. 处理结果。", required: true).Flag("satisfied", "Whether the customer is satisfied, if known. 客户是否满意（如已知）。").Instant("resolvedAt", "Defaults to now. 默认为当前时间。"),
            (c, input) => ServiceStepAsync(c, input, (s, now) => s.Resolve(input.Text("result")!, input.Flag("satisfied"), input.Instant("resolvedAt") ?? now)));

        mutation.AddMutation<ServiceRecordType>(
            "revisitService", "service", "The revisit (回访): an unsatisfied complaint goes back to be resolved again. 回访。",
            i => i.Target("serviceId", "The service record. 服务记录。").Text("note", "Revisit conclusion. 回访结论。", required: true).Flag("satisfied", "Whether the customer is satisfied. 客户是否满意。", required: true).Instant("revisitedAt", "Defaults to now. 默认为当前时间。"),
            (c, input) => ServiceStepAsync(c, input, (s, now) => s.Revisit(input.Text("note")!, input.Flag("satisfied") ?? throw Required("satisfied"), input.Instant("revisitedAt") ?? now)));

        mutation.AddMutation<ServiceRecordType>(
            "closeService", "service", "Closes the service; a complaint only after a satisfied revisit. 关闭服务。",
            i => i.Target("serviceId", "The service record. 服务记录。"),
            (c, input) => ServiceStepAsync(c, input, (s, now) => s.Close(now)));

        mutation.AddMutation<CareActionType>(
            "recordCareAction", "careAction", "Records a care action done for the customer (关怀: 使用指南、节日问候、生日礼物 …). 记录关怀。",
            i => i.Id("customerId", "The customer. 客户。").Choice("kind", "CareKind", "Kind of care action. 关怀类型。").Text("note", "Notes. 备注。").Instant("doneAt", "When; defaults to now. 时间；默认为当前时间。").IdempotencyKey(),
            (c, input) => CustomerRecordCreation.CreateAsync(c, input, "recordCareAction", (customer, x, _) => Task.FromResult(CareAction.Record(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerId ?? x.Viewer.UserId, input.Choice<CareKind>("kind")!.Value, input.Text("note"), input.Instant("doneAt") ?? x.Now, x.Now))));

        mutation.AddMutation<SatisfactionSurveyType>(
            "recordSatisfactionSurvey", "survey", "Records the customer's satisfaction score (1–5) from a survey. 记录满意度调研。",
            i => i.Id("customerId", "The customer. 客户。").Int("score", "1 (very unhappy) to 5 (very satisfied). 1（非常不满意）到 5（非常满意）。", required: true).Text("comment", "The customer's comment. 客户评价。").Instant("answeredAt", "Defaults to now. 默认为当前时间。").IdempotencyKey(),
            (c, input) => CustomerRecordCreation.CreateAsync(c, input, "recordSatisfactionSurvey", (customer, x, _) => Task.FromResult(SatisfactionSurvey.Answer(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerId ?? x.Viewer.UserId, input.Int("score")!.Value, input.Text("comment"), input.Instant("answeredAt") ?? x.Now))));

        mutation.AddMutation<FeedbackType>(
            "recordFeedback", "feedback", "Records a suggestion, complaint or praise; mark it for the product department when it is about the product. 记录客户反馈。",
            i => i.Id("customerId", "The customer. 客户。").Choice("category", "FeedbackCategory", "Feedback category. 反馈类别。").Text("content", "Feedback content. 反馈内容。", required: true)
                .Flag("forProductDepartment", "Meant for the product department. 转产品部门。").Instant("receivedAt", "Defaults to now. 默认为当前时间。").IdempotencyKey(),
            (c, input) => CustomerRecordCreation.CreateAsync(c, input, "recordFeedback", (customer, x, _) => Task.FromResult(Feedback.Receive(
                x.NewId(), customer.TeamId, customer.Id, customer.OwnerId ?? x.Viewer.UserId, input.Choice<FeedbackCategory>("category")!.Value, input.Text("content")!, input.Flag("forProductDepartment") ?? false, input.Instant("receivedAt") ?? x.Now))));

        mutation.AddMutation<FeedbackType>(
            "markFeedbackForProduct", "feedback", "Passes the feedback to the product department. 转产品部门。",
            i => i.Target("feedbackId", "The feedback. 客户反馈。"),
            (c, input) => RecordStepAsync(c, input, "feedbackId", FeedbackType.TypeName, db => db.Feedback, (f, _, x) => f.MarkForProductDepartment(x.Now)));

        mutation.AddMutation<WinBackAttemptType>(
            "startWinBack", "winBack", "Starts winning back an at-risk or churned customer, with the churn reason and the measures. 开始挽回。",
            i => i.Id("customerId", "The customer. 客户。").Text("churnReason", "Churn reason. 流失原因。", required: true).Text("measures", "Win-back measures. 挽回措施。", required: true).IdempotencyKey(),
            (c, input) => CustomerRecordCreation.CreateAsync(c, input, "startWinBack", (customer, x, _) => Task.FromResult(WinBackAttempt.Start(
                x.NewId(), customer, customer.OwnerId ?? x.Viewer.UserId, input.Text("churnReason")!, input.Text("measures")!, x.Now))));

        mutation.AddMutation<WinBackAttemptType>(
            "concludeWinBack", "winBack", "Records the effect; a success wins the customer back (挽回成功). 记录挽回效果。",
            i => i.Target("winBackId", "The win-back attempt. 挽回记录。").Flag("wonBack", "Whether the customer was won back. 是否挽回。", required: true).Text("effect", "Description of the effect. 效果说明。", required: true),
            (c, input) => RecordStepAsync(c, input, "winBackId", WinBackAttemptType.TypeName, db => db.WinBackAttempts,
                (w, customer, x) => w.Conclude(customer, input.Flag("wonBack") ?? throw Required("wonBack"), input.Text("effect")!, x.Viewer.UserId, x.Now)));
    }

    private static Task<object?> ServiceStepAsync(IResolveFieldContext c, InputValues input, Action<ServiceRecord, DateTimeOffset> step) =>
        RecordStepAsync(c, input, "serviceId", ServiceRecordType.TypeName, db => db.ServiceRecords, (s, _, x) => step(s, x.Now));

    // A step on an existing record: the edit right is its customer's, the expectedVersion the record's.
    private static async Task<object?> RecordStepAsync<T>(IResolveFieldContext c, InputValues input, string idField, string typeName, Func<CrmDbContext, DbSet<T>> set, Action<T, Customer, CustomerCommandContext> step)
        where T : Domain.Common.AggregateRoot, ICustomerRecord
    {
        var id = input.Id(idField, typeName);
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var customerId = await set(db).Where(r => r.Id == id).Select(r => (Guid?)r.CustomerId).SingleOrDefaultAsync(c.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(idField, typeName);
        return await CustomerChange.ApplyToRecordAsync(c, customerId, async (customer, x, context) =>
        {
            var record = await set(context).SingleAsync(r => r.Id == id, c.CancellationToken).ConfigureAwait(false);
            ExpectedVersion.Check(c, record);
            step(record, customer, x);
            return record;
        }).ConfigureAwait(false);
    }

    private static DomainException Required(string field) => new("REQUIRED", $"'{field}' is required.", $"“{field}”不能为空。", field);
}
