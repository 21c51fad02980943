using System.Text.RegularExpressions;
using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Users;

/// <summary>A person who signs in: a salesperson, a supervisor or an admin, member of one team.</summary>
public sealed partial class User : AggregateRoot
{
    public const int LoginMaxLength = 64;
    public const int DisplayNameMaxLength = 100;

    // Only for EF.
    private User()
    {
        Login = string.Empty;
        DisplayName = string.Empty;
    }

    private User(Guid id, string login, string displayName, UserRole role, Guid teamId, DateTimeOffset now)
    {
        Id = id;
        Login = login;
        DisplayName = displayName;
        Role = role;
        TeamId = teamId;
        CreatedAt = Guard.Utc(now);
        IsActive = true;
    }

    public string Login { get; private set; }

    public string DisplayName { get; private set; }

    public UserRole Role { get; private set; }

    public Guid TeamId { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static User Enroll(Guid id, string login, string displayName, UserRole role, Guid teamId, DateTimeOffset now)
    {
        var normalizedLogin = NormalizeLogin(login);
        var name = Guard.RequiredText(displayName, "displayName", DisplayNameMaxLength, "显示名称");
        var user = new User(id, normalizedLogin, name, role, teamId, now);
        user.Raise(new UserEnrolled(id, teamId, role, user.CreatedAt));
        return user;
    }

    /// <summary>Changes the name others see.</summary>
    public void Rename(string displayName, DateTimeOffset now)
    {
        DisplayName = Guard.RequiredText(displayName, "displayName", DisplayNameMaxLength, "显示名称");
        Raise(new UserChanged(Id, Guard.Utc(now)));
    }

    /// <summary>
    /// Gives the user another role; an admin cannot take away their own admin role (the last door in).
    /// </summary>
    public void ChangeRole(UserRole role, Guid actorId, DateTimeOffset now)
    {
        if (actorId == Id && Role == UserRole.Admin && role != UserRole.Admin)
        {
            throw new DomainException("SELF_DEMOTION_NOT_ALLOWED", "You cannot take away your own admin role; ask " +
                "another admin.", "不能取消自己的管理员角色，请由其他管理员操作。", "role");
        }

        Role = role;
        Raise(new UserChanged(Id, Guard.Utc(now)));
    }

    /// <summary>Moves the user to another team; their customers stay with the old team (transfer them first).</summary>
    public void MoveToTeam(Guid teamId, DateTimeOffset now)
    {
        TeamId = teamId;
        Raise(new UserChanged(Id, Guard.Utc(now)));
    }

    /// <summary>A deactivated user can no longer sign in; their tokens stop working at once.</summary>
    public void Deactivate(Guid actorId, DateTimeOffset now)
    {
        if (actorId == Id)
        {
            throw new DomainException(
                "SELF_DEACTIVATION_NOT_ALLOWED", "You cannot deactivate yourself.", "不能停用自己的账号。", "userId");
        }

        IsActive = false;
        Raise(new UserChanged(Id, Guard.Utc(now)));
    }

    public void Reactivate(DateTimeOffset now)
    {
        IsActive = true;
        Raise(new UserChanged(Id, Guard.Utc(now)));
    }

    /// <summary>Logins are case-insensitive: stored lower-case, letters, digits, '.', '_' and '-'.</summary>
    public static string NormalizeLogin(string? login)
    {
        var value = Guard.RequiredText(login, "login", LoginMaxLength, "登录名").ToLowerInvariant();
        if (!LoginPattern().IsMatch(value))
        {
            throw new DomainException(
                "INVALID_LOGIN",
                "'login' may contain only letters, digits, '.', '_' and '-'.",
                "登录名只能包含字母、数字、'.'、'_' 和 '-'。",
                "login");
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex LoginPattern();
}

public sealed record UserChanged(Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record UserEnrolled(Guid UserId, Guid TeamId, UserRole Role, DateTimeOffset OccurredAt) : IDomainEvent;
