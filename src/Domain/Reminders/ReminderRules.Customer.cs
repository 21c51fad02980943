using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Reminders;

/// <summary>Rules about the customer's dates, first follow-up, A-grade daily contact and the pool clock.</summary>
public static partial class ReminderRules
{
    private static void KeyDates(Batch batch, Team team, DateOnly today)
    {
        var customer = batch.Customer;
        foreach (var keyDate in customer.KeyDates)
        {
            if (keyDate.NextOccurrence(today) is not { } next)
            {
                continue;
            }

            if (keyDate.Kind == KeyDateKind.ContractExpiry)
            {
                ContractExpiry(batch, team, today, next);
            }
            else if (next.DayNumber - today.DayNumber <= team.Reminders.KeyDateLeadDays)
            {
                DateAhead(batch, team, keyDate.Id.ToString("N"), keyDate.Label, next, keyDate.Id);
            }
        }

        var profile = customer.Profile;
        if (profile.Birthday is { } birthday && customer.KeyDates.All(k => k.Kind != KeyDateKind.Birthday))
        {
            YearlyFromProfile(batch, team, today, "birthday", "生日 / birthday", birthday);
        }

        if (profile.FoundedOn is { } founded && customer.KeyDates.All(k => k.Kind != KeyDateKind.CompanyAnniversary))
        {
            YearlyFromProfile(batch, team, today, "anniversary", "公司周年 / company anniversary", founded);
        }
    }

    private static void Contract(Batch batch, Team team, DateOnly today)
    {
        if (batch.Customer.TermEnd is { } end && batch.Customer.HasActiveContract(today))
        {
            ContractExpiry(batch, team, today, end);
        }
    }

    private static void ContractExpiry(Batch batch, Team team, DateOnly today, DateOnly end)
    {
        var customer = batch.Customer;
        if (end < today || end.DayNumber - today.DayNumber > team.Reminders.ContractExpiryLeadDays)
        {
            return;
        }

        var cause = ReminderCauses.ContractExpiring(customer.Id, end);
        var due = LocalMidnight(team, end);
        var en = $"The contract with {customer.Name} expires on {end:yyyy-MM-dd}.";
        var zh = $"{customer.Name}的合同将于 {end:yyyy-MM-dd} 到期。";
        batch.Add(ReminderKind.ContractExpiring, customer.OwnerId, ReminderRecipient.Owner, cause, due, null, en, zh);
        batch.Add(ReminderKind.ContractExpiring, batch.SupervisorId, ReminderRecipient.Supervisor, cause, due, null, en, zh);
    }

    private static void YearlyFromProfile(Batch batch, Team team, DateOnly today, string what, string label, DateOnly date)
    {
        var thisYear = new DateOnly(today.Year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(today.Year, date.Month)));
        var next = thisYear >= today ? thisYear : new DateOnly(today.Year + 1, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(today.Year + 1, date.Month)));
        if (next.DayNumber - today.DayNumber <= team.Reminders.KeyDateLeadDays)
        {
            DateAhead(batch, team, what, label, next, null);
        }
    }

    private static void DateAhead(Batch batch, Team team, string what, string label, DateOnly occurrence, Guid? keyDateId)
    {
        var customer = batch.Customer;
        batch.Add(
            ReminderKind.KeyDateAhead,
            customer.OwnerId,
            ReminderRecipient.Owner,
            ReminderCauses.KeyDate(customer.Id, what, occurrence),
            LocalMidnight(team, occurrence),
            keyDateId,
            $"{customer.Name}: {label} on {occurrence:yyyy-MM-dd}.",
            $"{customer.Name}：{label}（{occurrence:yyyy-MM-dd}）即将到来。");
    }

    private static void FirstFollowUp(Batch batch, CadencePolicy cadence, DateTimeOffset now)
    {
        var customer = batch.Customer;
        var due = customer.FirstContactAt.AddDays(cadence.NewCustomerFirstFollowUpDays);
        if (customer.LastFollowUpAt is null && now >= due)
        {
            batch.Add(
                ReminderKind.FirstFollowUpMissing,
                customer.OwnerId,
                ReminderRecipient.Owner,
                ReminderCauses.FirstFollowUpMissing(customer.Id),
                due,
                null,
                $"{customer.Name} has had no follow-up {cadence.NewCustomerFirstFollowUpDays} days after first contact.",
                $"新客户{customer.Name}首次接触已 {cadence.NewCustomerFirstFollowUpDays} 天，尚未跟进。");
        }
    }

    private static void AGradeToday(Batch batch, Team team, DateOnly today, DateTimeOffset now)
    {
        var customer = batch.Customer;
        var followedUpToday = customer.LastFollowUpAt is { } last && team.LocalDate(last) >= today;
        if (customer.Grade != CustomerGrade.A || followedUpToday || TimeZoneInfo.ConvertTime(now, team.TimeZone).Hour < AGradeCheckHour)
        {
            return;
        }

        var cause = ReminderCauses.AGradeNotFollowedUpToday(customer.Id, today);
        var due = LocalMidnight(team, today).AddHours(AGradeCheckHour);
        var en = $"A-grade customer {customer.Name} has had no follow-up today.";
        var zh = $"A级客户{customer.Name}今日尚未跟进。";
        batch.Add(ReminderKind.AGradeNotFollowedUpToday, customer.OwnerId, ReminderRecipient.Owner, cause, due, null, en, zh);
        batch.Add(ReminderKind.AGradeNotFollowedUpToday, batch.SupervisorId, ReminderRecipient.Supervisor, cause, due, null, en, zh);
    }

    private static void PoolWarning(Batch batch, Team team, bool hasOpenDeal, DateOnly today, DateTimeOffset now)
    {
        var customer = batch.Customer;
        var preview = customer.PreviewReclaim(team.Pool, hasOpenDeal, today, now);
        if (!preview.WarningDue || preview.ReclaimAt is not { } reclaimAt)
        {
            return;
        }

        var cause = ReminderCauses.PoolReclaimWarning(customer.Id, customer.ReclaimClock.StartedAt);
        var en = $"{customer.Name} returns to the team pool at {reclaimAt:u} unless followed up.";
        var zh = $"{customer.Name}将于 {reclaimAt:u} 回收至公海，请及时跟进。";
        batch.Add(ReminderKind.PoolReclaimWarning, customer.OwnerId, ReminderRecipient.Owner, cause, reclaimAt, null, en, zh);
        if (customer.Grade == CustomerGrade.A)
        {
            batch.Add(ReminderKind.PoolReclaimWarning, batch.SupervisorId, ReminderRecipient.Supervisor, cause, reclaimAt, null, en, zh);
        }
    }

    private static DateTimeOffset LocalMidnight(Team team, DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, team.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Collects reminders for one customer, at most one per key.</summary>
    private sealed class Batch(Customer customer, Guid? supervisorId)
    {
        private readonly List<DueReminder> _items = [];
        private readonly HashSet<string> _keys = [];

        public Customer Customer { get; } = customer;

        public Guid? SupervisorId { get; } = supervisorId;

        public IReadOnlyList<DueReminder> Items => _items;

        public void Add(ReminderKind kind, Guid? recipientId, ReminderRecipient role, string cause, DateTimeOffset dueAt, Guid? subjectId, string en, string zh)
        {
            if (recipientId is not { } recipient)
            {
                return;
            }

            var reminder = new DueReminder(kind, Customer.TeamId, Customer.Id, recipient, role, cause, dueAt, subjectId, en, zh);
            if (_keys.Add(reminder.Key))
            {
                _items.Add(reminder);
            }
        }
    }
}
