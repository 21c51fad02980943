namespace CrmGraph.Api.Reminders;

/// <summary>
/// One customer a digest reminder stands for, as issued: the customers query's <c>inDigest</c> filter lists exactly
/// these, so a client opens the very customers the digest counted (ADR-033).
/// </summary>
public sealed class ReminderDigestCustomerRow
{
    public Guid ReminderId { get; set; }

    public Guid CustomerId { get; set; }
}
