using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>The active users of the importing team, found by login or display name as a sheet names them (负责人: 张三 / zhangsan).</summary>
public sealed class TeamUsers
{
    private readonly Dictionary<string, User> _byLogin;
    private readonly ILookup<string, User> _byDisplayName;

    public TeamUsers(IEnumerable<User> users)
    {
        var active = users.Where(u => u.IsActive).ToList();
        _byLogin = active.ToDictionary(u => u.Login, StringComparer.OrdinalIgnoreCase);
        _byDisplayName = active.ToLookup(u => u.DisplayName.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The user, or why none could be chosen (unknown, or a display name two users share).</summary>
    public (User? User, string? Code, string? Message, string? ChineseMessage) Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_byLogin.TryGetValue(name.Trim(), out var byLogin))
        {
            return (byLogin, null, null, null);
        }

        var named = _byDisplayName[name.Trim()].ToList();
        return named.Count switch
        {
            1 => (named[0], null, null, null),
            0 => (null, "UNKNOWN_USER", $"No active user of the team has the login or name '{name}'.", $"团队中没有登录名或姓名为“{name}”的在职用户。"),
            _ => (null, "AMBIGUOUS_USER", $"{named.Count} users are named '{name}'; write the login instead ({string.Join(", ", named.Select(u => u.Login))}).", $"有 {named.Count} 位用户名为“{name}”，请改写登录名（{string.Join("、", named.Select(u => u.Login))}）。"),
        };
    }
}
