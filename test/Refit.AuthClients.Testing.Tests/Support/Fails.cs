namespace Refit.AuthClients.Testing.Tests.Support;

/// <summary>Awaits an expected failure (of the type given or one derived from it) and hands it back for further checks.</summary>
internal static class Fails
{
    public static async Task<T> With<T>(Func<Task> call)
        where T : Exception =>
        await Assert.CatchAsync<T>(async () => await call()) ?? throw new AssertionException($"Expected {typeof(T).Name}.");
}
