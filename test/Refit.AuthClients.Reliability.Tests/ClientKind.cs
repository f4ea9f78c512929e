using Refit.AuthClients.Reliability.Tests.Astakos;
using Refit.AuthClients.Reliability.Tests.Wazo;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>The clients under test.</summary>
public enum ClientKind
{
    Astakos,
    Wazo,
}

/// <summary>Builds the client of a <see cref="ClientKind"/>.</summary>
public static class Clients
{
    /// <summary>A new client (with its own container and connections) talking to <paramref name="server"/>.</summary>
    public static ClientUnderTest Create(ClientKind kind, Uri server, ClientSettings settings) => kind switch
    {
        ClientKind.Astakos => new AstakosUnderTest(server, settings),
        ClientKind.Wazo => new WazoUnderTest(server, settings),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown client."),
    };

    /// <summary>The success bodies of the service of <paramref name="kind"/> on a server at <paramref name="server"/>.</summary>
    public static Func<ReceivedRequest, string> AnswersOf(ClientKind kind, Uri server) => kind switch
    {
        ClientKind.Astakos => request => AstakosAnswers.For(request, server),
        ClientKind.Wazo => WazoServiceAnswers.For,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown client."),
    };
}
