using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Idempotency;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>
/// recordFollowUp at most once per idempotency key: a retry answers with the record and next plan made the first
/// time. It creates two things, so it remembers two ids (not the one of <c>CustomerRecordCreation</c>).
/// </summary>
public static class RecordFollowUpOnce
{
    private const string RecordOperation = "recordFollowUp";
    private const string NextPlanOperation = "recordFollowUp.nextPlan";

    /// <summary>
    /// Runs <paramref name="record"/> unless an earlier request with the same key did; <c>remember(recordId,
    /// nextPlanId)</c> ties what it created to the key.
    /// </summary>
    public static async Task<object?> RunAsync(
        IResolveFieldContext context, string? key, Func<Action<Guid, Guid>, Task<object?>> record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        var services = context.RequestServices!;
        var guard = services.GetRequiredService<IdempotencyGuard>();
        var db = services.GetRequiredService<CrmDbContext>();
        var viewer = context.Viewer();
        var request = context.Arguments!["input"].Value!;
        var cancellation = context.CancellationToken;
        if (await EarlierAsync().ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }

        try
        {
            return await record((recordId, planId) =>
            {
                guard.Remember(viewer.UserId, RecordOperation, key, request, recordId);
                guard.Remember(viewer.UserId, NextPlanOperation, key, request, planId);
            }).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (key is not null && IdempotencyGuard.IsDuplicateKey(ex))
        {
            db.ChangeTracker.Clear();
            return await EarlierAsync().ConfigureAwait(false);
        }

        async Task<RecordFollowUpResult?> EarlierAsync()
        {
            if (await guard.FindEarlierAsync(viewer.UserId, RecordOperation, key, request, cancellation)
                .ConfigureAwait(false) is not { } recordId)
            {
                return null;
            }

            var planId = await guard.FindEarlierAsync(viewer.UserId, NextPlanOperation, key, request, cancellation)
                .ConfigureAwait(false);
            var earlierRecord = await VisibilityScope
                .FollowUpRecords(db.FollowUpRecords.AsNoTracking(), db.Customers, viewer)
                .SingleAsync(r => r.Id == recordId, cancellation).ConfigureAwait(false);
            var nextPlan = await VisibilityScope.FollowUpPlans(db.FollowUpPlans.AsNoTracking(), db.Customers, viewer)
                .SingleAsync(p => p.Id == planId, cancellation).ConfigureAwait(false);
            return new RecordFollowUpResult(earlierRecord, nextPlan, earlierRecord.BeyondDailyCap);
        }
    }
}
