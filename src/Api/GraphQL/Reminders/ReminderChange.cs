using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Reminders;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>
/// The shape of every reminder mutation: load the reminder through the viewer's visibility (only its recipient sees
/// it), check its <c>expectedVersion</c>, make one domain call with the viewer and the time, save, return it.
/// </summary>
public static class ReminderChange
{
    public static async Task<object?> ApplyAsync(
        IResolveFieldContext context,
        Guid reminderId,
        int? expectedVersion,
        Action<Reminder, Guid, DateTimeOffset> change)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        var viewer = context.Viewer();
        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var reminder = await VisibilityScope.Reminders(db.Reminders, viewer)
            .SingleOrDefaultAsync(r => r.Id == reminderId, context.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("reminderId", "reminder");
        StaleVersionException.ThrowIfStale(reminder, expectedVersion);
        change(reminder, viewer.UserId, services.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        return reminder;
    }
}
