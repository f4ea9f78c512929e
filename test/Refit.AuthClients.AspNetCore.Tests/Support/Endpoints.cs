using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Refit.AuthClients.AspNetCore.Tests.Support;

/// <summary>Endpoints the tests call.</summary>
internal static class Endpoints
{
    /// <summary><c>GET /me</c>: the caller's claims as <c>{type: [values]}</c>; requires an authenticated caller.</summary>
    public static void MapClaims(this WebApplication app) =>
        app.MapGet("/me", (ClaimsPrincipal user) => Results.Text(
                JsonSerializer.Serialize(
                    user.Claims.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Select(c => c.Value).ToArray()),
                    TestJsonContext.Default.DictionaryStringStringArray),
                "application/json"))
            .RequireAuthorization();

    /// <summary>Reads the claims <c>GET /me</c> answered.</summary>
    public static async Task<Dictionary<string, string[]>> ReadClaimsAsync(this HttpResponseMessage response) =>
        JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), TestJsonContext.Default.DictionaryStringStringArray)!;
}
