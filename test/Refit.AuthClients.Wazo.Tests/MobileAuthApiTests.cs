using System.Net;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class MobileAuthApiTests
{
    [Test]
    public async Task GetAsync_reads_null_device_tokens()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/external/mobile").WithClientToken(TenantUuid).RespondJson(MobileData);

        var data = await h.Api<IWazoMobileAuthApi>().GetAsync(UserUuid, TenantUuid);

        Assert.That(new[] { data.Token, data.ApnsToken, data.ApnsVoipToken, data.ApnsNotificationToken, data.ApnsCallTopic, data.ApnsDefaultTopic }, Is.All.Null);
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCase(HttpStatusCode.Created)]
    [TestCase(HttpStatusCode.OK)]
    public async Task CreateAsync_posts_the_tokens_with_the_token_and_tenant_and_accepts_201_and_200(HttpStatusCode status)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, $"/users/{UserUuid}/external/mobile")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""{"token": "fcm-token", "apns_voip_token": "voip"}""")
            .RespondJson("""{"token": "fcm-token", "apns_token": null, "apns_voip_token": "voip", "apns_notification_token": null}""", status);

        var data = await h.Api<IWazoMobileAuthApi>().CreateAsync(UserUuid, new WazoMobileData { Token = "fcm-token", ApnsVoipToken = "voip" }, TenantUuid);

        Assert.That(data.Token, Is.EqualTo("fcm-token"));
        Assert.That(data.ToString(), Does.Not.Contain("fcm-token"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_puts_the_tokens_with_the_token_and_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/users/{UserUuid}/external/mobile")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""{"apns_call_topic": "com.example.app.voip"}""")
            .RespondJson("""{"apns_call_topic": "com.example.app.voip"}""");

        var data = await h.Api<IWazoMobileAuthApi>().UpdateAsync(UserUuid, new WazoMobileData { ApnsCallTopic = "com.example.app.voip" }, TenantUuid);

        Assert.That(data.ApnsCallTopic, Is.EqualTo("com.example.app.voip"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_tokens()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, $"/users/{UserUuid}/external/mobile").WithClientToken().RespondEmpty();

        await h.Api<IWazoMobileAuthApi>().DeleteAsync(UserUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetSenderIdAsync_reads_a_null_sender_id()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/external/mobile/sender_id").WithClientToken(TenantUuid).RespondJson(SenderId);

        var senderId = await h.Api<IWazoMobileAuthApi>().GetSenderIdAsync(UserUuid, TenantUuid);

        Assert.That(senderId.SenderId, Is.Null);
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
