using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Wazo;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Tokens;

namespace Refit.AuthClients.Reliability.Tests.Wazo;

/// <summary>
/// The wazo-auth facade from <c>AddWazoAuthClient</c>: reads get a token's data, creates make a token from the
/// configured login and password (in basic auth).
/// </summary>
public sealed class WazoUnderTest : ClientUnderTest
{
    /// <param name="server">Where the service is.</param>
    /// <param name="settings">The client's settings.</param>
    /// <param name="autoRenewedToken">
    /// Whether the calls carry a token the client creates from its login and renews (<c>WithAutoRenewedToken</c>)
    /// rather than the fixed <see cref="Secrets.WazoToken"/>.
    /// </param>
    public WazoUnderTest(Uri server, ClientSettings settings, bool autoRenewedToken = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Build(
            services =>
            {
                var builder = services.AddWazoAuthClient(options =>
                {
                    options.BaseUri = new Uri(server, WazoServiceAnswers.Prefix.TrimStart('/'));
                    options.Token = autoRenewedToken ? null : Secrets.WazoToken;
                    options.Username = Secrets.WazoUsername;
                    options.Password = Secrets.WazoPassword;
                    settings.ApplyTo(options);
                });
                return autoRenewedToken
                    ? builder.WithAutoRenewedToken(renewal =>
                    {
                        renewal.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                        renewal.MaxRetryDelay = TimeSpan.FromMilliseconds(10);
                        renewal.RejectionCooldown = TimeSpan.Zero;
                    })
                    : builder;
            },
            settings);
        Client = Services.GetRequiredService<IWazoAuthClient>();
    }

    /// <summary>The one facade every call of this client goes through.</summary>
    public IWazoAuthClient Client { get; }

    public override object Facade => Client;

    public override Type FacadeType => typeof(IWazoAuthClient);

    public override string Name => "wazo-auth";

    public override string PathOf(Operation operation) => operation == Operation.Read
        ? WazoServiceAnswers.TokenPath(Secrets.WazoCheckedToken)
        : WazoServiceAnswers.CreateTokenPath;

    public override string Describe(Operation operation) => operation == Operation.Read
        ? "wazo GET Token.GetAsync"
        : "wazo POST Token.CreateAsync";

    public override Type ExceptionTypeOf(Outcome outcome) => outcome switch
    {
        Outcome.HttpStatus or Outcome.Redirect => typeof(WazoAuthException),
        Outcome.Connection => typeof(WazoAuthConnectionException),
        Outcome.Timeout => typeof(WazoAuthTimeoutException),
        Outcome.InvalidResponse => typeof(WazoAuthInvalidResponseException),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a failure."),
    };

    public override IReadOnlyList<string> SecretHeadersOf(Operation operation) => operation == Operation.Read
        ? ["X-Auth-Token: " + Secrets.WazoToken]
        : ["Authorization: Basic " + Secrets.WazoBasicAuth];

    public override async Task<bool> EchoAsync(int index)
    {
        var asked = $"token-{index:D4}";
        var token = await Client.Token.GetAsync(asked);
        return token.Token == asked;
    }

    public override async Task RunAsync(Operation operation, CancellationToken cancellationToken = default)
    {
        if (operation == Operation.Read)
        {
            var token = await Client.Token.GetAsync(Secrets.WazoCheckedToken, cancellationToken: cancellationToken);
            Assert.That(token.Token, Is.EqualTo(Secrets.WazoCheckedToken));
            return;
        }

        var created = await Client.Token.CreateAsync(expiration: 3600, cancellationToken: cancellationToken);
        Assert.That(created.Token, Does.StartWith(WazoServiceAnswers.CreatedToken));
    }
}
