using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.Reliability.Tests.Astakos;

/// <summary>The Astakos facade from <c>AddAstakosClient</c>: reads validate a user token, creates issue a commission.</summary>
public sealed class AstakosUnderTest : ClientUnderTest
{
    public AstakosUnderTest(Uri server, ClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Build(services => services.AddAstakosClient(options =>
        {
            options.AuthUrl = new Uri(server, AstakosAnswers.IdentityPath);
            options.Token = Secrets.AstakosToken;
            settings.ApplyTo(options);
        }), settings);
        Client = Services.GetRequiredService<IAstakosClient>();
    }

    /// <summary>The one facade every call of this client goes through.</summary>
    public IAstakosClient Client { get; }

    public override object Facade => Client;

    public override Type FacadeType => typeof(IAstakosClient);

    public override string Name => "Astakos";

    public override string PathOf(Operation operation) => operation == Operation.Read
        ? AstakosAnswers.TokensPath + "/" + Secrets.AstakosCheckedToken
        : AstakosAnswers.CommissionsPath;

    public override string Describe(Operation operation) => operation == Operation.Read
        ? "Astakos GET ValidateToken"
        : "Astakos POST commission";

    public override string? PrerequisitePathOf(Operation operation) =>
        operation == Operation.Create ? AstakosAnswers.TokensPath : null;

    public override Type ExceptionTypeOf(Outcome outcome) => outcome switch
    {
        Outcome.HttpStatus => typeof(AstakosClientException),
        Outcome.Connection => typeof(AstakosConnectionException),
        Outcome.Timeout => typeof(AstakosTimeoutException),
        Outcome.InvalidResponse => typeof(InvalidResponseException),
        Outcome.Redirect => typeof(AstakosRedirectException),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a failure."),
    };

    public override IReadOnlyList<string> SecretHeadersOf(Operation operation) => ["X-Auth-Token: " + Secrets.AstakosToken];

    public override int EchoSetupRequests => 1;

    public override async Task<bool> EchoAsync(int index)
    {
        var uuid = $"uuid-{index:D4}";
        var names = await Client.GetUsernamesAsync([uuid]);
        return names.Count == 1 && names.TryGetValue(uuid, out var name) && name == AstakosAnswers.NameOf(uuid);
    }

    public override async Task PrepareAsync(Operation operation, CancellationToken cancellationToken = default)
    {
        if (operation == Operation.Create)
        {
            await Client.GetEndpointsAsync(cancellationToken);
        }
    }

    public override async Task RunAsync(Operation operation, CancellationToken cancellationToken = default)
    {
        if (operation == Operation.Read)
        {
            var access = await Client.ValidateTokenAsync(Secrets.AstakosCheckedToken, cancellationToken: cancellationToken);
            Assert.That(access.Token?.Id, Is.EqualTo(Secrets.AstakosCheckedToken));
            return;
        }

        var serial = await Client.IssueOneCommissionAsync(
            "user-uuid-1",
            "project-uuid-1",
            new Dictionary<string, long> { ["cyclades.vm"] = 1 },
            cancellationToken: cancellationToken);
        Assert.That(serial, Is.EqualTo(AstakosAnswers.Serial));
    }
}
