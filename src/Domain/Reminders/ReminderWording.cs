namespace CrmGraph.Domain.Reminders;

/// <summary>
/// What a reminder's text is made of, stored with it so the text can be written at read time in the reader's language
/// and relative to the reader's now (ADR-033). The kind and the due instant come from the reminder itself.
/// </summary>
/// <param name="TimeZoneId">The team's time zone when the reminder was made; times in the text are local to it.</param>
/// <param name="SubjectName">The customer's name then (null for a digest).</param>
/// <param name="OccurredAt">When the cause happened, for kinds with one (first contact, last review, reclaim).</param>
/// <param name="Detail">A key date's label.</param>
/// <param name="Days">A number of days the text names (the new-customer window, a staleness threshold).</param>
/// <param name="CustomerCount">For a digest: how many customers it stands for; null for a single reminder.</param>
public sealed record ReminderWording(
    string TimeZoneId,
    string? SubjectName,
    DateTimeOffset? OccurredAt = null,
    string? Detail = null,
    int? Days = null,
    int? CustomerCount = null)
{
    public const int SubjectNameMaxLength = 200;
    public const int DetailMaxLength = 200;
    public const int TimeZoneIdMaxLength = 64;
}
