using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Tokens;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Testing.Tests.Support;

/// <summary>The wazo-auth client registered through DI, as an application does, pointed at a base URI.</summary>
internal sealed class WazoClients : IDisposable
{
    private readonly ServiceProvider _provider;

    public WazoClients(Uri baseUri)
    {
        var services = new ServiceCollection();
        services.AddWazoAuthClient(options => options.BaseUri = baseUri);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public IWazoTokenApi Tokens => Api<IWazoTokenApi>();

    public IWazoUserApi Users => Api<IWazoUserApi>();

    public IWazoPolicyApi Policies => Api<IWazoPolicyApi>();

    public IWazoGroupApi Groups => Api<IWazoGroupApi>();

    public IWazoTenantApi Tenants => Api<IWazoTenantApi>();

    public IWazoSessionApi Sessions => Api<IWazoSessionApi>();

    public IWazoRefreshTokenApi RefreshTokens => Api<IWazoRefreshTokenApi>();

    public IWazoStatusApi Status => Api<IWazoStatusApi>();

    public static string Basic(string login, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}"));

    /// <summary>Sets the token every later call carries (the client's mutable token source).</summary>
    public void UseToken(string? token) =>
        _provider.GetRequiredKeyedService<MutableTokenSource>(WazoAuthServiceCollectionExtensions.ServiceKey).Set(token);

    /// <summary>Logs in with a username and password and makes the new token the client's.</summary>
    public async Task<WazoToken> LoginAsync(string login, string password, WazoTokenRequest? request = null)
    {
        var response = await Tokens.CreateAsync(Basic(login, password), request ?? new WazoTokenRequest());
        var token = response.Data ?? throw new AssertionException("POST /token answered no data.");
        UseToken(token.Token);
        return token;
    }

    public void Dispose() => _provider.Dispose();

    private T Api<T>()
        where T : notnull => _provider.GetRequiredService<T>();
}
