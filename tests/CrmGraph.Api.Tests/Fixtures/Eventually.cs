namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>
/// Waits for something to happen, however busy the machine is: re-checks until the condition holds and gives up only
/// after a generous outer bound (3 minutes by default), which exists to end a hung test, not to time the code.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan OuterBound = TimeSpan.FromMinutes(3);

    /// <summary>Reads <paramref name="read"/> until <paramref name="done"/> holds and returns that value.</summary>
    public static async Task<T> ReadAsync<T>(
        Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? outerBound = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        using var giveUp = new CancellationTokenSource(outerBound ?? OuterBound);
        var value = await read();
        while (!done(value))
        {
            try
            {
                await Task.Delay(50, giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"Still waiting for {what} after {outerBound ?? OuterBound}; last value: {value}.");
            }

            value = await read();
        }

        return value;
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? outerBound = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return ReadAsync(() => Task.FromResult(condition()), done => done, what, outerBound);
    }
}
