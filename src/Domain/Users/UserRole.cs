namespace CrmGraph.Domain.Users;

/// <summary>What a user may see and do.</summary>
public enum UserRole
{
    /// <summary>业务员 / 销售代表: owns customers, plans and records follow-ups.</summary>
    Salesperson,

    /// <summary>销售主管: leads a team, sees and edits everything of the team, guides A-grade customers.</summary>
    Supervisor,

    /// <summary>管理员: configures teams, users and policies; sees all.</summary>
    Admin,
}
