namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// What each field of <c>Customer</c> reads from the customer row: member names of the aggregate ("Profile.X" for a
/// profile column, "_x" for a list backed by that field). A field missing here reads the whole aggregate, so a new
/// field is correct before it is cheap. Fields answered by batch loaders need only the id, which is always read.
/// </summary>
public static class CustomerColumns
{
    /// <summary>
    /// Read for every customer: the id, and the team and owner that visibility and the access log use.
    /// </summary>
    public static readonly IReadOnlyList<string> Always = ["Id", "TeamId", "OwnerId"];

    /// <summary>Lists of the aggregate kept in child tables (the rest are columns of the customer row).</summary>
    public static readonly IReadOnlyDictionary<string, string> ChildTables = new Dictionary<string, string>
    {
        ["_contacts"] = "Contacts",
        ["_keyDates"] = "KeyDates",
        ["_issues"] = "Issues",
        ["_purchases"] = "Purchases",
        ["_stageHistory"] = "StageHistory",
        ["_gradeHistory"] = "GradeHistory",
    };

    /// <summary>Lists stored in a column of the customer row.</summary>
    public static readonly IReadOnlyDictionary<string, string> ColumnLists = new Dictionary<string, string>
    {
        ["_tags"] = "Tags",
        ["_sharedWith"] = "SharedWith",
    };

    private static readonly string[] ById = [];

    public static readonly IReadOnlyDictionary<string, string[]> ByField = new Dictionary<string, string[]>
    {
        ["__typename"] = ById,
        ["id"] = ById,
        ["ownerId"] = ById,
        ["owner"] = ById,
        ["inPool"] = ById,
        ["version"] = ["Version"],
        ["name"] = ["Name"],
        ["kind"] = ["Kind"],
        ["firstContactAt"] = ["FirstContactAt"],
        ["enteredAt"] = ["EnteredAt"],
        ["stage"] = ["Stage"],
        ["grade"] = ["Grade"],
        ["supervisorGuideId"] = ["SupervisorGuideId"],
        ["gradeReviewedAt"] = ["GradeReviewedAt"],
        ["source"] = ["Profile.Source"],
        ["customSource"] = ["Profile.CustomSource"],
        ["phone"] = ["Profile.Phone"],
        ["email"] = ["Profile.Email"],
        ["weChat"] = ["Profile.WeChat"],
        ["address"] = ["Profile.Address"],
        ["gender"] = ["Profile.Gender"],
        ["birthday"] = ["Profile.Birthday"],
        ["occupation"] = ["Profile.Occupation"],
        ["industry"] = ["Profile.Industry"],
        ["companySize"] = ["Profile.CompanySize"],
        ["mainBusiness"] = ["Profile.MainBusiness"],
        ["website"] = ["Profile.Website"],
        ["foundedOn"] = ["Profile.FoundedOn"],
        ["preferences"] = ["Profile.Preferences"],
        ["personality"] = ["Profile.Personality"],
        ["specialNeeds"] = ["Profile.SpecialNeeds"],
        ["needs"] = ["Needs"],
        ["evaluation"] = ["Evaluation"],
        ["tags"] = ["_tags"],
        ["contacts"] = ["_contacts"],
        ["keyDates"] = ["_keyDates"],
        ["potentialIssues"] = ["_issues"],
        ["purchases"] = ["_purchases"],
        ["stageHistory"] = ["_stageHistory"],
        ["gradeHistory"] = ["_gradeHistory"],
        ["gradeProposal"] = ["Needs", "Evaluation", "_contacts"],
        ["contactVerifiedAt"] = ["ContactVerifiedAt"],
        ["lastFollowUpAt"] = ["LastFollowUpAt"],
        ["isArchived"] = ["IsArchived"],
        ["erasedAt"] = ["ErasedAt"],
        ["mergedIntoId"] = ["MergedIntoId"],
        ["sharedWithIds"] = ["_sharedWith"],
        ["cooperationMode"] = ["CooperationMode"],
        ["termStart"] = ["TermStart"],
        ["termEnd"] = ["TermEnd"],
        ["cooperationResults"] = ["CooperationResults"],
        ["satisfactionScore"] = ["SatisfactionScore"],
        ["loyaltyScore"] = ["LoyaltyScore"],
        ["maintenanceStrategy"] = ["MaintenanceStrategy"],
        ["closedReason"] = ["ClosedReason"],
        // Batched per field across the page (or, for these three, read in the page statement itself).
        ["nextPlan"] = ById,
        ["lastFollowUp"] = ById,
        ["plannedFollowUps"] = ById,
        ["openDeals"] = ById,
        ["deals"] = ById,
        ["serviceRecords"] = ById,
        ["careActions"] = ById,
        ["satisfactionSurveys"] = ById,
        ["feedback"] = ById,
        ["winBackAttempts"] = ById,
        ["followUpRecords"] = ById,
        ["followUpPlans"] = ById,
        ["dealsConnection"] = ById,
        ["serviceRecordsConnection"] = ById,
    };

    /// <summary>Whether a read of <paramref name="fields"/> reads one of the aggregate's child tables.</summary>
    public static bool ReadsChildTable(IEnumerable<string> fields) => fields.Any(
        f => ByField.TryGetValue(f, out var members) && members.Any(ChildTables.ContainsKey));
}
