using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;

namespace CrmGraph.Domain.Tests.Users;

public sealed class UserManagement
{
    [Fact]
    public void An_admin_cannot_lock_themselves_out()
    {
        var admin = User.Enroll(A.NewId(), "root", "管理员", UserRole.Admin, A.TeamId, A.Now);

        Should.Throw<DomainException>(() => admin.ChangeRole(UserRole.Salesperson, admin.Id, A.Now)).Code.ShouldBe(
            "SELF_DEMOTION_NOT_ALLOWED");
        Should.Throw<DomainException>(() => admin.Deactivate(admin.Id, A.Now)).Code.ShouldBe(
            "SELF_DEACTIVATION_NOT_ALLOWED");
        admin.Role.ShouldBe(UserRole.Admin);
        admin.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void A_user_is_renamed_promoted_moved_deactivated_and_reactivated()
    {
        var user = User.Enroll(A.NewId(), "alice", "Alice", UserRole.Salesperson, A.TeamId, A.Now);
        var otherTeam = A.NewId();

        user.Rename("王丽", A.Now);
        user.ChangeRole(UserRole.Supervisor, A.Supervisor, A.Now);
        user.MoveToTeam(otherTeam, A.Now);
        user.Deactivate(A.Supervisor, A.Now);

        (user.DisplayName, user.Role, user.TeamId, user.IsActive)
            .ShouldBe(("王丽", UserRole.Supervisor, otherTeam, false));
        user.Reactivate(A.Now);
        user.IsActive.ShouldBeTrue();
        Should.Throw<DomainException>(() => user.Rename(" ", A.Now)).Field.ShouldBe("displayName");
    }
}
