namespace CrmGraph.Domain.Analytics;

/// <summary>Rates as the review shows them: a fraction rounded to 4 places, or null when nothing was counted.</summary>
public static class Ratio
{
    public static decimal? Of(long part, long whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    public static decimal? Percent(long part, long whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
