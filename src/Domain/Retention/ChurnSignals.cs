using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Retention;

/// <summary>流失预警信号: why an established customer may be slipping away.</summary>
public enum ChurnSignal
{
    /// <summary>长期未联系: no follow-up for twice the cadence interval.</summary>
    LongSilence,

    /// <summary>满意度低: the latest satisfaction score is 2 or less.</summary>
    LowSatisfaction,

    /// <summary>投诉未关闭: a complaint is still open.</summary>
    OpenComplaint,

    /// <summary>合同即将到期: the contract expires within the lead time and no renewal deal is open.</summary>
    ContractExpiringWithoutRenewal,
}

/// <summary>The facts the signals are computed from, gathered by the caller.</summary>
public sealed record ChurnFacts(int? LatestSatisfactionScore, int OpenComplaints, bool RenewalDealOpen);

public static class ChurnSignals
{
    /// <summary>The at-risk signals of an established customer now; empty for customers not yet established.</summary>
    public static IReadOnlyList<ChurnSignal> For(
        Customer customer, ChurnFacts facts, int cadenceIntervalDays, int contractLeadDays, DateOnly today,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(facts);
        if (customer.Stage is not (LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.WonBack
            or LifecycleStage.AtRisk))
        {
            return [];
        }

        var signals = new List<ChurnSignal>();
        if (now - (customer.LastFollowUpAt ?? customer.EnteredAt) > TimeSpan.FromDays(2 * cadenceIntervalDays))
        {
            signals.Add(ChurnSignal.LongSilence);
        }

        if (facts.LatestSatisfactionScore <= 2)
        {
            signals.Add(ChurnSignal.LowSatisfaction);
        }

        if (facts.OpenComplaints > 0)
        {
            signals.Add(ChurnSignal.OpenComplaint);
        }

        if (customer.TermEnd is { } end
            && end >= today
            && end.DayNumber - today.DayNumber <= contractLeadDays
            && !facts.RenewalDealOpen)
        {
            signals.Add(ChurnSignal.ContractExpiringWithoutRenewal);
        }

        return signals;
    }
}
