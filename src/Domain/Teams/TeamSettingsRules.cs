using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Teams;

/// <summary>What makes a team's settings valid: positive intervals and caps, weights that sum to 100.</summary>
public static class TeamSettingsRules
{
    /// <summary>The largest <see cref="ReminderPolicy.DigestAbove"/>: beyond it a digest saves nobody.</summary>
    public const int MaxDigestAbove = 1000;

    public static void Check(
        CadencePolicy cadence, PoolPolicy pool, ReminderPolicy reminders, EvaluationWeights weights)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(reminders);
        ArgumentNullException.ThrowIfNull(weights);
        Positive(cadence.GradeADays, "cadence.gradeADays");
        Positive(cadence.GradeBDays, "cadence.gradeBDays");
        Positive(cadence.GradeCDays, "cadence.gradeCDays");
        Positive(cadence.NewCustomerFirstFollowUpDays, "cadence.newCustomerFirstFollowUpDays");
        Positive(cadence.EstablishedDays, "cadence.establishedDays");
        Positive(cadence.ProspectDays, "cadence.prospectDays");
        Positive(cadence.DailyCapPerCustomer, "cadence.dailyCapPerCustomer");
        Positive(pool.ReclaimAfterDays, "pool.reclaimAfterDays");
        foreach (var (value, field) in new[] { (pool.ReclaimAfterDaysGradeA, "pool.reclaimAfterDaysGradeA"), (
            pool.ReclaimAfterDaysGradeB,
            "pool.reclaimAfterDaysGradeB"), (pool.ReclaimAfterDaysGradeC, "pool.reclaimAfterDaysGradeC") })
        {
            if (value is { } days)
            {
                Positive(days, field);
            }
        }

        NotNegative(pool.WarningDaysAhead, "pool.warningDaysAhead");
        NotNegative(pool.PreviousOwnerCooldownHours, "pool.previousOwnerCooldownHours");
        Positive(pool.DailyClaimCap, "pool.dailyClaimCap");
        Positive(pool.HoldingCap, "pool.holdingCap");
        Positive(reminders.DueSoonHours, "reminders.dueSoonHours");
        NotNegative(reminders.KeyDateLeadDays, "reminders.keyDateLeadDays");
        NotNegative(reminders.ContractExpiryLeadDays, "reminders.contractExpiryLeadDays");
        Positive(reminders.GradeReviewStaleDays, "reminders.gradeReviewStaleDays");
        Positive(reminders.ContactVerificationStaleDays, "reminders.contactVerificationStaleDays");
        Positive(reminders.EntryDeadlineHours, "reminders.entryDeadlineHours");
        Positive(reminders.DigestAbove, "reminders.digestAbove");
        CheckNewCustomerWindowAndDigest(cadence, reminders);
        CheckWeights(weights);
    }

    /// <summary>
    /// Every weight non-negative and their sum exactly 100, so the total score is a weighted mean in [0, 100]; the
    /// error names each weight and the sum, e.g. "satisfaction 15 + complaintRate 10 + … = 105".
    /// </summary>
    public static void CheckWeights(EvaluationWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        foreach (var (field, weight) in weights.Named)
        {
            NotNegative(weight, "evaluationWeights." + field);
        }

        if (weights.Total != 100)
        {
            var sum = string.Join(" + ", weights.Named.Select(w => $"{w.Field} {w.Weight}")) + $" = {weights.Total}";
            throw new DomainException(
                "WEIGHTS_MUST_SUM_TO_100",
                $"Evaluation weights must sum to 100; they sum to {weights.Total}: {sum}.",
                $"绩效权重总和必须为 100，当前总和为 {weights.Total}：{sum}。",
                "evaluationWeights");
        }
    }

    private static void CheckNewCustomerWindowAndDigest(CadencePolicy cadence, ReminderPolicy reminders)
    {
        if (reminders.DigestAbove > MaxDigestAbove)
        {
            throw new DomainException(
                "MUST_BE_AT_MOST",
                $"'reminders.digestAbove' must be at most {MaxDigestAbove}; it is {reminders.DigestAbove}.",
                $"“reminders.digestAbove”不能超过 {MaxDigestAbove}，当前为 {reminders.DigestAbove}。",
                "reminders.digestAbove");
        }

        var (window, first) = (reminders.NewCustomerWindowDays, cadence.NewCustomerFirstFollowUpDays);
        if (window < first)
        {
            throw new DomainException(
                "WINDOW_SHORTER_THAN_FIRST_FOLLOW_UP",
                $"'reminders.newCustomerWindowDays' ({window}) must be at least "
                    + $"'cadence.newCustomerFirstFollowUpDays' ({first}).",
                $"“reminders.newCustomerWindowDays”（{window}）不能小于“cadence.newCustomerFirstFollowUpDays”（{first}）。",
                "reminders.newCustomerWindowDays");
        }
    }

    private static void Positive(int value, string field)
    {
        if (value <= 0)
        {
            throw new DomainException(
                "MUST_BE_POSITIVE", $"'{field}' must be greater than 0; it is {value}.",
                $"“{field}”必须大于 0，当前为 {value}。", field);
        }
    }

    private static void NotNegative(int value, string field)
    {
        if (value < 0)
        {
            throw new DomainException(
                "MUST_NOT_BE_NEGATIVE", $"'{field}' must not be negative; it is {value}.",
                $"“{field}”不能为负数，当前为 {value}。", field);
        }
    }
}
