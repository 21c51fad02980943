namespace CrmGraph.Domain.Analytics;

/// <summary>
/// Rates as the review and the evaluation show them: a fraction rounded to 4 places, or a percentage rounded
/// to 2, or null when nothing was counted. The part must be a subset of the whole (0 ≤ part ≤ whole), so a
/// rate never leaves [0, 1] (or [0, 100] %); a count that breaks this is a bug in its definition and fails
/// loudly instead of showing 700 % (ADR-036).
/// </summary>
public static class Ratio
{
    public static decimal? Of(long part, long whole) =>
        Checked(part, whole) ? Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero) : null;

    public static decimal? Percent(long part, long whole) =>
        Checked(part, whole) ? Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero) : null;

    private static bool Checked(long part, long whole)
    {
        if (part < 0 || whole < 0 || part > whole)
        {
            throw new ArgumentOutOfRangeException(
                nameof(part),
                part,
                $"A rate's part must be between 0 and its whole ({whole}): the part must be a subset.");
        }

        return whole != 0;
    }
}
