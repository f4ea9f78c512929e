using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Testing.Astakos;
using Refit.AuthClients.Testing.Wazo;
using Refit.AuthClients.Wazo;
using Refit.AuthClients.Wazo.DependencyInjection;

namespace Refit.AuthClients.Samples.QuickStart;

/// <summary>
/// Shows the SDK doing its job. With no arguments it starts both emulators on 127.0.0.1, registers the clients
/// through DI as an ASP.NET Core app would, and walks through the everyday flows; with real server arguments it
/// runs the read-only part of the flows against them.
/// </summary>
public static class QuickStartProgram
{
    private const string DemoUser = "alice";
    private const string DemoPassword = "alice-secret";
    private const string DemoAcl = "auth.users.me.read";
    private const string DemoResource = "cyclades.vm";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        SampleArguments arguments;
        try
        {
            arguments = SampleArguments.Parse(args);
        }
        catch (ArgumentException ex)
        {
            output.WriteLine(ex.Message);
            return 2;
        }

        var transcript = new Transcript(output);
        try
        {
            if (arguments.AgainstRealServers)
            {
                await RunAgainstRealServersAsync(arguments, transcript, cancellationToken);
            }
            else
            {
                await RunOnEmulatorsAsync(transcript, cancellationToken);
            }

            transcript.Section("done");
            return 0;
        }
        catch (AuthClientException ex)
        {
            output.WriteLine($"FAILED: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    private static async Task RunOnEmulatorsAsync(Transcript transcript, CancellationToken cancellationToken)
    {
        await using var wazoServer = await WazoAuthEmulator.StartAsync(cancellationToken: cancellationToken);
        var admin = wazoServer.AddPolicy("quickstart-admin", "auth.#", "confd.users.me.read");
        wazoServer.AddUser(DemoUser, DemoPassword, admin);

        await using var astakosServer = await AstakosEmulator.StartAsync(cancellationToken: cancellationToken);
        astakosServer.AddResource(DemoResource, defaultLimit: 2, service: "cyclades");
        var user = astakosServer.AddUser("alice@example.org");
        var cyclades = astakosServer.AddService("cyclades");

        transcript.Section("emulators");
        transcript.Step("wazo-auth emulator", wazoServer.BaseUri.ToString());
        transcript.Step("Astakos emulator", astakosServer.AuthUrl.ToString());

        using var host = BuildHost(
            wazo => wazo.BaseUri = wazoServer.BaseUri,
            astakos =>
            {
                astakos.AuthUrl = astakosServer.AuthUrl;
                astakos.Token = cyclades.Token;
            });
        await host.StartAsync(cancellationToken);
        using var scope = host.Services.CreateScope();

        transcript.Section("wazo-auth");
        var wazo = new WazoWalkthrough(scope.ServiceProvider.GetRequiredService<IWazoAuthClient>(), transcript);
        var token = await wazo.ReadAsync(DemoUser, DemoPassword, DemoAcl, offline: true, cancellationToken);
        await wazo.ManageAsync(token, cancellationToken);

        transcript.Section("Astakos");
        var astakos = new AstakosWalkthrough(scope.ServiceProvider.GetRequiredService<IAstakosClient>(), transcript);
        var astakosUser = await astakos.ReadAsync(user.Token, cancellationToken);
        await astakos.CommissionAsync(user.Token, astakosUser.Id!, DemoResource, cancellationToken);
        await host.StopAsync(cancellationToken);
    }

    private static async Task RunAgainstRealServersAsync(SampleArguments arguments, Transcript transcript, CancellationToken cancellationToken)
    {
        using var host = BuildHost(
            wazo => wazo.BaseUri = arguments.WazoUrl ?? new Uri("http://unused.invalid/"),
            astakos =>
            {
                astakos.AuthUrl = arguments.AstakosUrl ?? new Uri("http://unused.invalid/");
                astakos.Token = arguments.AstakosToken;
            });
        await host.StartAsync(cancellationToken);
        using var scope = host.Services.CreateScope();
        if (arguments.WazoUrl is not null)
        {
            transcript.Section($"wazo-auth at {arguments.WazoUrl}");
            var wazo = new WazoWalkthrough(scope.ServiceProvider.GetRequiredService<IWazoAuthClient>(), transcript);
            var token = await wazo.ReadAsync(arguments.Username!, arguments.Password!, DemoAcl, offline: false, cancellationToken);
            await wazo.RevokeAsync(token, cancellationToken);
        }

        if (arguments.AstakosUrl is not null)
        {
            transcript.Section($"Astakos at {arguments.AstakosUrl}");
            var astakos = new AstakosWalkthrough(scope.ServiceProvider.GetRequiredService<IAstakosClient>(), transcript);
            await astakos.ReadAsync(arguments.AstakosToken!, cancellationToken);
        }

        await host.StopAsync(cancellationToken);
    }

    // Registered exactly as an ASP.NET Core application registers them; options are validated when the host starts.
    private static IHost BuildHost(Action<Wazo.Options.WazoAuthClientOptions> wazo, Action<AstakosClientOptions> astakos)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddWazoAuthClient(wazo);
        builder.Services.AddAstakosClient(astakos);
        return builder.Build();
    }
}
