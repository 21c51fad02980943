namespace CrmGraph.Domain.Reminders;

/// <summary>
/// Turns due reminders into stored ones, skipping every key already stored or already seen in this batch, so
/// the same cause never reaches the same person twice however often the job runs.
/// </summary>
public static class ReminderIssuing
{
    /// <param name="teamId">The team the reminders belong to.</param>
    /// <param name="due">What the rules say is due (possibly for many customers).</param>
    /// <param name="alreadyStored">Keys of reminders stored before (see
    /// <see cref="IReminderRepository.StoredKeysAsync"/>).</param>
    /// <param name="newId">Supplies the id of each new reminder.</param>
    /// <param name="now">The current instant.</param>
    public static IReadOnlyList<Reminder> IssueNew(
        Guid teamId, IEnumerable<DueReminder> due, IReadOnlySet<string> alreadyStored, Func<Guid> newId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(alreadyStored);
        ArgumentNullException.ThrowIfNull(newId);
        var seen = new HashSet<string>(alreadyStored, StringComparer.Ordinal);
        var issued = new List<Reminder>();
        foreach (var reminder in due)
        {
            if (seen.Add(Reminder.KeyOf(reminder)))
            {
                issued.Add(Reminder.Issue(newId(), teamId, reminder, now));
            }
        }

        return issued;
    }
}
