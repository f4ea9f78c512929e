using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class ConfigApiTests
{
    [Test]
    public async Task GetAsync_reads_the_whole_configuration()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/config").WithClientToken().RespondJson(Config);

        var config = await h.Api<IWazoConfigApi>().GetAsync();

        Assert.That(config.GetProperty("debug").GetBoolean(), Is.False);
        Assert.That(config.GetProperty("rest_api").GetProperty("port").GetInt32(), Is.EqualTo(9497));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task PatchAsync_sends_a_json_patch_list_with_a_boolean_value()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Patch, "/config")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""[{"op": "replace", "path": "/debug", "value": true}]""")
            .RespondJson(Config.Replace("\"debug\": false", "\"debug\": true", StringComparison.Ordinal));

        var config = await h.Api<IWazoConfigApi>().PatchAsync([WazoConfigPatchOperation.Replace("/debug", true)], TenantUuid);

        Assert.That(config.GetProperty("debug").GetBoolean(), Is.True);
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
