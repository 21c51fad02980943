namespace CrmGraph.Domain.Care;

/// <summary>
/// When care is due after signing (客户关怀): the user guide within a week of signing, and a satisfaction survey
/// every quarter (满意度调研), counted from the signing date.
/// </summary>
public static class CareSchedule
{
    public const int UserGuideWithinDays = 7;
    public const int SurveyEveryMonths = 3;

    public static DateOnly UserGuideDue(DateOnly signedOn) => signedOn.AddDays(UserGuideWithinDays);

    /// <summary>The next quarterly survey date on or after <paramref name="today"/>.</summary>
    public static DateOnly NextSurveyDue(DateOnly signedOn, DateOnly today)
    {
        var due = signedOn.AddMonths(SurveyEveryMonths);
        while (due < today)
        {
            due = due.AddMonths(SurveyEveryMonths);
        }

        return due;
    }
}
