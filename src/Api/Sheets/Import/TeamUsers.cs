using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// The active users of the importing team, found as a sheet names them (负责人: 张三 / zhangsan / 小王): first by the
/// user's explicit owner map (小王 → wang), then by login, then by display name. Names no user answers to are
/// collected, so the report can name every unknown person at once.
/// </summary>
public sealed class TeamUsers
{
    private readonly Dictionary<string, User> _byLogin;
    private readonly ILookup<string, User> _byDisplayName;
    private readonly Dictionary<string, string> _ownerMap;
    private readonly SortedSet<string> _unknown = new(StringComparer.Ordinal);

    public TeamUsers(IEnumerable<User> users, IReadOnlyDictionary<string, string>? ownerMap = null)
    {
        var active = users.Where(u => u.IsActive).ToList();
        _byLogin = active.ToDictionary(u => u.Login, StringComparer.OrdinalIgnoreCase);
        _byDisplayName = active.ToLookup(u => u.DisplayName.Trim(), StringComparer.OrdinalIgnoreCase);
        _ownerMap = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, login) in ownerMap ?? new Dictionary<string, string>())
        {
            _ownerMap[name.Trim()] = login.Trim();
        }
    }

    /// <summary>The people the sheet names that no user of the team answers to, in order.</summary>
    public IReadOnlyCollection<string> Unknown => _unknown;

    /// <summary>Logins of the owner map that are no active user of the team.</summary>
    public IEnumerable<string> UnknownMappedLogins => _ownerMap.Values.Where(l => !_byLogin.ContainsKey(l)).Distinct();

    /// <summary>The user, or why none could be chosen (unknown, or a display name two users share).</summary>
    public (User? User, string? Code, string? Message, string? ChineseMessage) Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (_ownerMap.TryGetValue(trimmed, out var mapped) && _byLogin.TryGetValue(mapped, out var byMap))
        {
            return (byMap, null, null, null);
        }

        if (_byLogin.TryGetValue(trimmed, out var byLogin))
        {
            return (byLogin, null, null, null);
        }

        var named = _byDisplayName[trimmed].ToList();
        if (named.Count == 0)
        {
            _unknown.Add(trimmed);
        }

        return named.Count switch
        {
            1 => (named[0], null, null, null),
            0 => (null, "UNKNOWN_USER", $"No active user of the team has the login or name '{trimmed}'; map the name " +
                $"with --owner-map {trimmed}=login (GraphQL: ownerMap).", $"团队中没有登录名或姓名为“{trimmed}”的在职用户；请用 " +
                    $"--owner-map {trimmed}=登录名（GraphQL：ownerMap）指定对应的用户。"),
            _ => (null, "AMBIGUOUS_USER", $"{named.Count} users are named '{trimmed}'; write the login instead " +
                $"({string.Join(", ", named.Select(u => u.Login))}) or map the name with --owner-map.",
                    $"有 {named.Count} 位用户名为“{trimmed}”，请改写登录名（{string.Join("、", named.Select(u => u.Login))}）或用 " +
                    "--owner-map 指定。"),
        };
    }
}
