using Microsoft.Extensions.DependencyInjection;

namespace Refit.AuthClients.DependencyInjection;

/// <summary>Registers the Refit interfaces of one service on the service's shared named client.</summary>
public sealed class AuthRefitApiRegistrar
{
    private readonly IServiceCollection _services;
    private readonly AuthServiceDescription _service;

    internal AuthRefitApiRegistrar(IServiceCollection services, AuthServiceDescription service)
    {
        _services = services;
        _service = service;
    }

    /// <summary>Registers <typeparamref name="TApi"/> with <c>AddRefitGeneratedClient</c> (no reflection fallback).</summary>
    public AuthRefitApiRegistrar Add<TApi>()
        where TApi : class
    {
        _services.AddRefitGeneratedClient<TApi>(_ => _service.RefitSettings, _service.HttpClientName);
        return this;
    }
}
