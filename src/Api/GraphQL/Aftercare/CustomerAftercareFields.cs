using CrmGraph.Api.GraphQL.Batching;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>A customer's after-sale records on the customer, one SQL command per field for the whole page.</summary>
public static class CustomerAftercareFields
{
    public static void AddAftercareFields(this ObjectGraphType<Customer> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRecordType>>>>("serviceRecords")
            .Description("Service requests and complaints, newest first. 服务记录。")
            .Resolve(c => RecordsOf(c, "customer.serviceRecords", db => db.ServiceRecords, s => s.RequestedAt));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CareActionType>>>>("careActions")
            .Description("Care actions, newest first. 关怀记录。")
            .Resolve(c => RecordsOf(c, "customer.careActions", db => db.CareActions, a => a.DoneAt));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionSurveyType>>>>("satisfactionSurveys")
            .Description("Satisfaction surveys, newest first. 满意度调研。")
            .Resolve(
                c => RecordsOf(c, "customer.satisfactionSurveys", db => db.SatisfactionSurveys, s => s.AnsweredAt));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackType>>>>("feedback")
            .Description("Feedback, newest first. 客户反馈。")
            .Resolve(c => RecordsOf(c, "customer.feedback", db => db.Feedback, f => f.ReceivedAt));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WinBackAttemptType>>>>("winBackAttempts")
            .Description("Win-back attempts, newest first. 挽回记录。")
            .Resolve(c => RecordsOf(c, "customer.winBackAttempts", db => db.WinBackAttempts, w => w.StartedAt));
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<IEnumerable<T>> RecordsOf<T>(
        IResolveFieldContext<Customer> c, string name, Func<CrmDbContext, DbSet<T>> set, Func<T,
        DateTimeOffset> newestFirst)
        where T : AggregateRoot, ICustomerRecord =>
        RequestLoaders.Of(c).For<Guid, List<T>>(name, async (ids, ct) =>
        {
            var rows = await AftercareQueries.Visible(
                c, set).Where(r => ids.Contains(r.CustomerId)).ToListAsync(ct).ConfigureAwait(false);
            return rows.GroupBy(r => r.CustomerId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(newestFirst).ThenByDescending(r => r.Id).ToList());
        }).Load(c.Source.Id).Then(rows => (IEnumerable<T>)(rows ?? []));
}
