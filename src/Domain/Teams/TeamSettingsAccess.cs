using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;

namespace CrmGraph.Domain.Teams;

/// <summary>Who may change a team's settings (by the mutation or a 跟进策略 sheet): a supervisor or an admin.</summary>
public static class TeamSettingsAccess
{
    /// <summary>The refusal for <paramref name="role"/>, or null when it may change the settings.</summary>
    public static DomainException? Refusal(UserRole role) => role == UserRole.Salesperson
        ? new DomainException(
            "SETTINGS_NOT_ALLOWED",
            "Only a supervisor of the team or an admin may change its settings.",
            "只有本团队主管或管理员可以修改团队设置。")
        : null;
}
