namespace Refit.AuthClients.Astakos.Tests;

public sealed class CookieTests
{
    [TestCase("c18088be-16b1-4263-8180-043c54e22903%7CCDEe2k0T%2FHdiJWBMMbHyOA%3D%3D", "CDEe2k0T/HdiJWBMMbHyOA==")]
    [TestCase("uuid%7Ctok", "tok")]
    [TestCase("uuid|tok", "tok")]
    [TestCase("uuid%7Ca+b", "a+b")]
    [TestCase("uuid%7Ctok%7Cextra", "tok")]
    public void TheTokenIsTheSecondPartOfTheDecodedCookie(string cookie, string token) =>
        Assert.That(AstakosCookie.GetToken(cookie), Is.EqualTo(token));

    [TestCase(null)]
    [TestCase("")]
    public void AMissingCookieHasNoToken(string? cookie) =>
        Assert.That(AstakosCookie.GetToken(cookie), Is.Null);

    [TestCase("no-separator")]
    [TestCase("uuid%7C")]
    [TestCase("%ZZ%7")]
    public void AMalformedCookieHasNoToken(string cookie) =>
        Assert.That(AstakosCookie.GetToken(cookie), Is.Null);
}
