namespace CrmGraph.Api.Reminders;

/// <summary>
/// The due time each kind of follow-up reminder was last stored for, kept on the plan row (shadow columns, not part
/// of the domain) so the scan can tell "already reminded" from the plan's own index (ADR-030). A reschedule changes
/// the due time, and the marks no longer match it.
/// </summary>
public static class PlanReminderMarks
{
    public const string OverdueFor = "RemindedOverdueFor";

    public const string DueSoonFor = "RemindedDueSoonFor";
}
