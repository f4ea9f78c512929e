using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Testing.Astakos;

namespace Refit.AuthClients.Testing.Tests.Support;

/// <summary>The Astakos client registered through DI, as an application does, pointed at an emulator.</summary>
internal sealed class AstakosClients : IDisposable
{
    private readonly ServiceProvider _provider;

    public AstakosClients(AstakosEmulator astakos, string token)
    {
        var services = new ServiceCollection();
        services.AddAstakosClient(options =>
        {
            options.AuthUrl = astakos.AuthUrl;
            options.Token = token;
        });
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>The client acting with the configured token.</summary>
    public IAstakosClient Client => _provider.GetRequiredService<IAstakosClient>();

    /// <summary>The client acting with another token (a service token, another user's).</summary>
    public IAstakosClient As(string token) => Client.ForToken(token);

    public void Dispose() => _provider.Dispose();
}
