namespace Refit.AuthClients.Wazo.Tests.Tokens;

/// <summary>Waits (in real time, briefly) for work the code under test runs in the background.</summary>
internal static class Eventually
{
    public static async Task IsTrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(5);
        }
    }
}
