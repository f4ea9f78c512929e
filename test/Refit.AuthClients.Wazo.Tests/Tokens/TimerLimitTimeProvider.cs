using Microsoft.Extensions.Time.Testing;

namespace Refit.AuthClients.Wazo.Tests.Tokens;

/// <summary>
/// A <see cref="FakeTimeProvider"/> whose timers refuse what the system's refuse: a due time or period over
/// 0xfffffffe ms (about 49.7 days) throws <see cref="ArgumentOutOfRangeException"/>, as <c>Timer.Change</c> does.
/// </summary>
internal sealed class TimerLimitTimeProvider(FakeTimeProvider fake) : TimeProvider
{
    private static readonly TimeSpan Max = TimeSpan.FromMilliseconds(0xfffffffe);

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Check(dueTime, period);
        return new LimitedTimer(fake.CreateTimer(callback, state, dueTime, period));
    }

    private static void Check(TimeSpan dueTime, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueTime, Max);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(period, Max);
    }

    private sealed class LimitedTimer(ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Check(dueTime, period);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
