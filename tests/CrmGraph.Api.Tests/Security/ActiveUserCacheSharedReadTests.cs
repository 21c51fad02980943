using CrmGraph.Api.Authentication;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Events;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Requests of one user that miss the cache together (a dashboard's queries on page load) share one read of the
/// user, unless a change of the user was announced after that read began, or the request that began it was aborted.
/// </summary>
public sealed class ActiveUserCacheSharedReadTests
{
    private readonly EventHub<IDomainEvent> _events = new();
    private readonly User _alice = User.Enroll(
        Guid.NewGuid(), "alice", "Alice", UserRole.Salesperson, Guid.NewGuid(), TestClock.Start);

    [Fact]
    public async Task Requests_that_miss_together_share_one_read()
    {
        using var cache = Cache();
        var read = new TaskCompletionSource<User?>();
        var reads = 0;

        var first = cache.GetAsync(_alice.Id, fresh: false, () => { reads++; return read.Task; });
        var second = cache.GetAsync(_alice.Id, fresh: false, () => { reads++; return read.Task; });
        read.SetResult(_alice);

        (await first).ShouldBe(_alice);
        (await second).ShouldBe(_alice);
        reads.ShouldBe(1);
    }

    [Fact]
    public async Task A_request_after_an_announced_change_does_not_take_the_read_begun_before_it()
    {
        using var cache = Cache();
        var stale = new TaskCompletionSource<User?>();
        var reads = 0;

        var first = cache.GetAsync(_alice.Id, fresh: false, () => { reads++; return stale.Task; });
        _events.Publish(new UserChanged(_alice.Id, TestClock.Start));
        var second = cache.GetAsync(_alice.Id, fresh: false, () => { reads++; return Task.FromResult<User?>(null); });
        stale.SetResult(_alice);

        (await second).ShouldBeNull("the deactivated user's own read");
        (await first).ShouldBe(_alice);
        reads.ShouldBe(2);
        (await cache.GetAsync(_alice.Id, fresh: false, () => { reads++; return Task.FromResult<User?>(null); }))
            .ShouldBeNull("the read begun before the change is not kept");
    }

    [Fact]
    public async Task A_request_whose_shared_read_was_aborted_reads_for_itself()
    {
        using var cache = Cache();
        var aborted = new TaskCompletionSource<User?>();
        var reads = 0;

        var first = cache.GetAsync(_alice.Id, fresh: false, () => { reads++; return aborted.Task; });
        var second = cache.GetAsync(_alice.Id, fresh: false, () => { reads++; return Task.FromResult<User?>(_alice); });
        aborted.SetCanceled();

        (await second).ShouldBe(_alice);
        await Should.ThrowAsync<TaskCanceledException>(first);
        reads.ShouldBe(2);
    }

    private ActiveUserCache Cache() => new(_events, new TestClock(), Options.Create(new CrmOptions()));
}
