namespace Refit.AuthClients.Astakos.Tests;

public sealed class AccountTests : HarnessFixture
{
    [Test]
    public async Task GetServicesGetsTheDiscoveredUiPath()
    {
        Harness.ExpectDiscovery();
        Harness.Expect(HttpMethod.Get, AstakosHarness.Ui + "/get_services")
            .WithNoContent()
            .Respond("application/json", Fixtures.ServicesResponse);

        var services = await Client.GetServicesAsync();

        VerifyRequests();
        Assert.That(services.Select(s => s.Name), Is.EqualTo(new[] { "grnet cloud", "~okeanos", "pithos" }));
        Assert.That(services[0].Icon, Is.EqualTo("home-icon.png"));
        Assert.That(services[1].Icon, Is.Null);
        Assert.That(services[2].Id, Is.EqualTo("3"));
        Assert.That(services[2].Url, Is.EqualTo("/ui/"));
    }

    [Test]
    public async Task GetResourcesReturnsResourcesByName()
    {
        ExpectAccount(HttpMethod.Get, "/resources").WithNoContent().Respond("application/json", Fixtures.ResourcesResponse);

        var resources = await Client.GetResourcesAsync();

        VerifyRequests();
        Assert.That(resources["cyclades.ram"].Unit, Is.EqualTo("bytes"));
        Assert.That(resources["cyclades.vm"].Unit, Is.Null);
        Assert.That(resources["cyclades.vm"].Service, Is.EqualTo("cyclades_compute"));
        Assert.That(resources["cyclades.vm"].UiVisible, Is.True);
    }

    [Test]
    public async Task GetResourcesReadsTheOlderFieldSet()
    {
        ExpectAccount(HttpMethod.Get, "/resources").Respond("application/json", """
            {"cyclades.vm": {"unit": null, "description": "Number of virtual machines", "service": "cyclades_compute", "allow_in_projects": true},
             "cyclades.ram": {"unit": "bytes", "description": "Virtual machine memory", "service": "cyclades_compute", "allow_in_projects": true}}
            """);

        var resources = await Client.GetResourcesAsync();

        Assert.That(resources["cyclades.ram"].AllowInProjects, Is.True);
        Assert.That(resources["cyclades.ram"].ApiVisible, Is.Null);
    }

    [Test]
    public async Task SendFeedbackPostsAFormLabelledAsAForm()
    {
        ExpectAccount(HttpMethod.Post, "/feedback")
            .WithContentType("application/x-www-form-urlencoded")
            .WithFormData(new Dictionary<string, string> { ["feedback_msg"] = "msg text", ["feedback_data"] = "data & more" })
            .Respond(System.Net.HttpStatusCode.OK);

        await Client.SendFeedbackAsync("msg text", "data & more");

        VerifyRequests();
    }

    [Test]
    public async Task SetDefaultProjectPostsTheProjectId()
    {
        ExpectAccount(HttpMethod.Post, "/myaccount/default_project")
            .WithJson("""{"project_id": "c18088be-16b1-4263-8180-043c54e22903"}""")
            .Respond(System.Net.HttpStatusCode.OK);

        await Client.SetDefaultProjectAsync(Fixtures.OwnerId);

        VerifyRequests();
    }
}
