using System.Text;
using System.Text.Json;

namespace Refit.AuthClients.Reliability.Tests.Astakos;

/// <summary>
/// The success bodies of a scripted Astakos: a service catalog whose account API lives on the same server, token
/// validation, commissions and user catalogs that echo what was asked.
/// </summary>
public static class AstakosAnswers
{
    public const string IdentityPath = "/identity/v2.0";
    public const string TokensPath = IdentityPath + "/tokens";
    public const string AccountPath = "/account/v1.0";
    public const string CommissionsPath = AccountPath + "/commissions";
    public const string UserCatalogsPath = AccountPath + "/user_catalogs";
    public const long Serial = 42;

    /// <summary>The body answering <paramref name="request"/> on a server at <paramref name="server"/>.</summary>
    public static string For(ReceivedRequest request, Uri server)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path switch
        {
            TokensPath => Catalog(server),
            var path when path.StartsWith(TokensPath + "/", StringComparison.Ordinal) => Access(path[(TokensPath.Length + 1)..]),
            CommissionsPath => $"{{\"serial\":{Serial}}}",
            CommissionsPath + "/action" => """{"accepted":[],"rejected":[],"failed":[]}""",
            UserCatalogsPath => EchoUserCatalogs(request.Body),
            _ => "{}",
        };
    }

    /// <summary>The display name the server gives a UUID.</summary>
    public static string NameOf(string uuid) => "name-of-" + uuid;

    private static string Catalog(Uri server) =>
        $$$"""
        {"access":{"serviceCatalog":[
          {"name":"astakos_account","type":"account","endpoints":[
            {"versionId":"v1.0","region":"default","publicURL":"{{{server}}}account/v1.0","SNF:uiURL":"{{{server}}}ui"}]},
          {"name":"astakos_identity","type":"identity","endpoints":[
            {"versionId":"v2.0","region":"default","publicURL":"{{{server}}}identity/v2.0"}]}]}}
        """;

    private static string Access(string tokenId) =>
        $$$"""
        {"access":{"token":{"id":"{{{tokenId}}}","expires":"2030-01-01T00:00:00+00:00","tenant":{"id":"uuid-1","name":"User One"}},
          "user":{"id":"uuid-1","name":"User One","roles":[{"id":"1","name":"default"}]}
        }
        }
        """;

    private static string EchoUserCatalogs(string requestBody)
    {
        using var document = JsonDocument.Parse(requestBody);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("uuid_catalog");
            if (document.RootElement.TryGetProperty("uuids", out var uuids))
            {
                foreach (var uuid in uuids.EnumerateArray())
                {
                    writer.WriteString(uuid.GetString()!, NameOf(uuid.GetString()!));
                }
            }

            writer.WriteEndObject();
            writer.WriteStartObject("displayname_catalog");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
