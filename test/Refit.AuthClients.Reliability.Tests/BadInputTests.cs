using System.Reflection;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Wazo;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// Every public method of both facades, called with null, empty and blank values for each required string or
/// collection argument (null for any other required reference): each must throw an <see cref="ArgumentException"/>
/// naming the parameter, before any request.
/// </summary>
[TestFixture]
public sealed class BadInputTests : FaultServerFixture
{
    // Arguments documented as allowed to be empty; null is still refused. Each has a test of its own below.
    private static readonly HashSet<string> MayBeEmpty =
    [
        "IAstakosClient.SendFeedbackAsync data",
        "IAstakosClient.ResolveCommissionsAsync accept",
        "IAstakosClient.ResolveCommissionsAsync reject",
        "IAstakosClient.IssueCommissionGenericAsync userProvisions",
        "IAstakosClient.IssueCommissionGenericAsync projectProvisions",
        "IWazoUsersClient.UpdateEmailsAsync emails",
        "IWazoAdminClient.UpdateUserEmailsAsync emails",
    ];


    [TestCase(ClientKind.Astakos, 100)]
    [TestCase(ClientKind.Wazo, 280)]
    public async Task EveryRequiredArgumentIsRefusedBeforeAnyRequest(ClientKind kind, int atLeastCalls)
    {
        await using var client = CreateClient(kind, ClientSettings.Matrix);
        var failures = new List<string>();
        var calls = 0;
        foreach (var (target, method) in FacadeMethods.Of(client.Facade, client.FacadeType))
        {
            foreach (var parameter in method.GetParameters().Where(FacadeMethods.IsRequired))
            {
                foreach (var (label, value) in BadValues.For(parameter))
                {
                    var key = $"{method.DeclaringType!.Name}.{method.Name} {parameter.Name}";
                    if (label != "null" && MayBeEmpty.Contains(key))
                    {
                        continue;
                    }

                    calls++;
                    var error = await CallAsync(target, method, parameter, value);
                    var where = $"{FacadeMethods.Describe(method, parameter)} = {label}";
                    if (error is not ArgumentException refused || refused.ParamName != parameter.Name)
                    {
                        failures.Add($"{where}: {Describe(error)}");
                    }

                    if (Server.Requests > 0)
                    {
                        failures.Add($"{where}: a request was sent");
                        Server.Reset();
                    }
                }
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures));
        Assert.That(calls, Is.GreaterThanOrEqualTo(atLeastCalls), "every method was reached");
        Secrets.AssertAbsentFrom(client.Logs.Lines, "the logs");
    }

    [Test]
    public async Task AstakosCommissionsNeedOneSideNotBothEmpty()
    {
        await using var client = CreateClient(ClientKind.Astakos, ClientSettings.Matrix);
        var astakos = (IAstakosClient)client.Facade;
        var noSide = new Dictionary<(string, string, string), long>();
        var oneSide = new Dictionary<(string, string), long> { [("project-uuid-1", "cyclades.vm")] = 1 };

        var resolve = await Assert.CatchAsync(() => astakos.ResolveCommissionsAsync([], []));
        var issue = await Assert.CatchAsync(() => astakos.IssueCommissionGenericAsync(noSide, new Dictionary<(string, string), long>()));
        Assert.That(Server.Requests, Is.Zero, "nothing sent for both sides empty");

        await astakos.ResolveCommissionsAsync([7], []);
        await astakos.ResolveCommissionsAsync([], [8]);
        var serial = await astakos.IssueCommissionGenericAsync(noSide, oneSide);

        Assert.Multiple(() =>
        {
            Assert.That(resolve, Is.InstanceOf<ArgumentException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("accept"));
            Assert.That(issue, Is.InstanceOf<ArgumentException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("userProvisions"));
            Assert.That(Server.HitsOn(Astakos.AstakosAnswers.CommissionsPath + "/action"), Is.EqualTo(2), "one empty side is fine");
            Assert.That(serial, Is.EqualTo(Astakos.AstakosAnswers.Serial));
        });
    }

    [Test]
    public async Task AstakosFeedbackDataMayBeEmpty()
    {
        await using var client = CreateClient(ClientKind.Astakos, ClientSettings.Matrix);
        var answers = Server.SuccessBody;
        string? sent = null;
        Server.SuccessBody = request =>
        {
            if (request.Path.EndsWith("/feedback", StringComparison.Ordinal))
            {
                sent = request.Body;
            }

            return answers(request);
        };

        var refused = await Assert.CatchAsync(() => ((IAstakosClient)client.Facade).SendFeedbackAsync("hello", null!));
        await ((IAstakosClient)client.Facade).SendFeedbackAsync("hello", string.Empty);

        Assert.That(refused, Is.InstanceOf<ArgumentNullException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("data"));
        Assert.That(sent, Is.EqualTo("feedback_msg=hello&feedback_data="));
    }

    [Test]
    public async Task AstakosRefusesABlankClientSecret()
    {
        await using var client = CreateClient(ClientKind.Astakos, ClientSettings.Matrix);
        var error = await Assert.CatchAsync(() => ((IAstakosClient)client.Facade).GetTokenAsync("authorization_code", "client", "   "));
        Assert.That(error, Is.InstanceOf<ArgumentException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("clientSecret"));
        Assert.That(Server.Requests, Is.Zero);
    }

    [Test]
    public async Task AstakosNamesProjectIdWhenRefusingIt()
    {
        await using var client = CreateClient(ClientKind.Astakos, ClientSettings.Matrix);
        var error = await Assert.CatchAsync(() => ((IAstakosClient)client.Facade).ApplicationActionAsync(" ", 1, "approve"));
        Assert.That(error, Is.InstanceOf<ArgumentException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("projectId"));
    }

    [Test]
    public async Task WazoRefusesBlankPasswords()
    {
        await using var client = CreateClient(ClientKind.Wazo, ClientSettings.Matrix);
        var users = ((IWazoAuthClient)client.Facade).Users;
        var error = await Assert.CatchAsync(() => users.ChangePasswordAsync("user-uuid", "old-password", "   "));
        Assert.That(error, Is.InstanceOf<ArgumentException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("newPassword"));
        Assert.That(Server.Requests, Is.Zero);
    }

    [Test]
    public async Task WazoEmailListsMayBeEmptyToRemoveEveryAddress()
    {
        await using var client = CreateClient(ClientKind.Wazo, ClientSettings.Matrix);
        var bodies = new List<string>();
        Server.SuccessBody = request =>
        {
            bodies.Add(request.Body);
            return "[]";
        };
        var wazo = (IWazoAuthClient)client.Facade;

        var left = await wazo.Users.UpdateEmailsAsync("user-uuid", []);
        var leftByAdmin = await wazo.Admin.UpdateUserEmailsAsync("user-uuid", []);

        Assert.That(left, Is.Empty);
        Assert.That(leftByAdmin, Is.Empty);
        Assert.That(bodies, Is.EqualTo(new[] { """{"emails":[]}""", """{"emails":[]}""" }));
    }

    private static async Task<Exception?> CallAsync(object target, MethodInfo method, ParameterInfo bad, object? value)
    {
        var arguments = method.GetParameters()
            .Select(p => p == bad ? value : p.HasDefaultValue ? p.DefaultValue : SampleArguments.Valid(p.ParameterType))
            .ToArray();
        try
        {
            if (method.Invoke(target, arguments) is Task task)
            {
                await task.WaitAsync(TimeSpan.FromSeconds(10));
            }

            return null;
        }
        catch (TargetInvocationException ex)
        {
            return ex.InnerException;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static string Describe(Exception? error) => error switch
    {
        null => "no exception",
        ArgumentException argument => $"{error.GetType().Name} naming '{argument.ParamName}'",
        _ => $"{error.GetType().Name}: {error.Message}",
    };
}
