using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.TestSupport;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Errors;

namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>
/// Every Refit call of the wazo-auth client against a Prism mock of the wazo-auth spec: Prism must accept the
/// request and the client must read Prism's answer, except where the spec itself is known to be wrong.
/// </summary>
[NonParallelizable]
public class WazoContractTests
{
    private const string ContractToken = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";

    private PrismProcess? _prism;
    private ServiceProvider? _services;
    private SpecOperations? _spec;

    [OneTimeSetUp]
    public async Task StartPrism()
    {
        var (spec, prism) = WazoSpecEnvironment.Require("run the contract tests");
        _spec = SpecOperations.Load(WazoSpecEnvironment.OperationsPath!);
        _prism = await PrismProcess.StartMockAsync(prism, spec);
        var services = new ServiceCollection();
        services.AddWazoAuthClient(o =>
            {
                o.BaseUri = _prism.BaseUri;
                o.Token = ContractToken;
                o.Timeout = TimeSpan.FromSeconds(30);
            })
            .AddHttpMessageHandler(() => new PrismExchangeRecorder());
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    [OneTimeTearDown]
    public async Task StopPrism()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_prism is not null)
        {
            await _prism.DisposeAsync();
        }
    }

    [TestCaseSource(typeof(WazoContractCases), nameof(WazoContractCases.All))]
    public async Task The_call_passes_the_spec(ContractCase contract)
    {
        Assert.That(_prism!.HasExited, Is.False, $"Prism died during an earlier call:{Environment.NewLine}{_prism.RecentOutput}");
        var exchange = new PrismExchange(contract.SuccessStatus);
        PrismExchangeRecorder.Begin(exchange);
        var (result, failure) = await CallAsync(contract);

        Assert.That(exchange.Path, Is.Not.Null, $"No request reached Prism: {failure}");
        Assert.That(_spec!.Match(exchange.Method!.Method, exchange.Path!), Is.EqualTo(contract.Operation), exchange.Describe());
        foreach (var warning in exchange.Violations.Where(v => !v.IsError))
        {
            TestContext.Out.WriteLine($"Prism warning: {warning}");
        }

        var errors = exchange.Violations.Where(v => v.IsError).ToList();
        if (contract.Defect is { Violations.Count: > 0 } defect)
        {
            Assert.That(errors.Select(v => v.Key), Is.EquivalentTo(defect.Violations), $"The known spec defect ({defect.Description}) changed: {exchange.Describe()}");
            TestContext.Out.WriteLine($"Known spec defect, request otherwise valid: {defect.Description}");
            return;
        }

        Assert.That(errors, Is.Empty, $"Prism refused the request: {exchange.Describe()}");
        Assert.That((int?)exchange.Status, Is.EqualTo(contract.SuccessStatus), $"{exchange.Describe()}; client error: {failure}");
        if (contract.Defect is { NoResponseBody: true } bodiless)
        {
            Assert.That(exchange.ResponseBodyLength, Is.Zero, exchange.Describe());
            Assert.That(failure, Is.TypeOf<WazoAuthInvalidResponseException>(), "An empty success body where data is expected must be an invalid response.");
            TestContext.Out.WriteLine($"Known spec defect, request valid: {bodiless.Description}");
            return;
        }

        Assert.That(failure, Is.Null, $"The client could not use Prism's answer ({exchange.Describe()}): {failure}");
        if (contract.ReturnsValue)
        {
            Assert.That(result, Is.Not.Null, $"The client read no value from {exchange.Describe()}");
        }
    }

    [Test]
    public void Every_spec_operation_has_a_case()
    {
        var covered = WazoContractCases.All.Select(c => c.Operation).Distinct().ToList();

        Assert.That(_spec!.Operations, Has.Count.EqualTo(93));
        Assert.That(_spec.Operations.Distinct().Count(), Is.EqualTo(_spec.Operations.Count));
        Assert.That(covered, Is.EquivalentTo(_spec.Operations));
    }

    [Test]
    public async Task Every_refit_method_has_exactly_one_case()
    {
        var expected = typeof(IWazoTokenApi).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Namespace == typeof(IWazoTokenApi).Namespace)
            .SelectMany(t => t.GetMethods().Select(m => $"{t.Name}.{m.Name}"))
            .ToList();
        var called = new List<string>();
        foreach (var contract in WazoContractCases.All)
        {
            var exchange = new PrismExchange(contract.SuccessStatus);
            PrismExchangeRecorder.Begin(exchange);
            await CallAsync(contract);
            called.Add($"{exchange.RefitInterface}.{exchange.RefitMethod}");
        }

        Assert.That(expected, Has.Count.EqualTo(97));
        Assert.That(called, Is.EquivalentTo(expected));
    }

    private async Task<(object? Result, WazoAuthException? Failure)> CallAsync(ContractCase contract)
    {
        try
        {
            var result = await contract.Call(_services!);
            (result as IDisposable)?.Dispose();
            return (result, null);
        }
        catch (WazoAuthException failure)
        {
            return (null, failure);
        }
    }
}
