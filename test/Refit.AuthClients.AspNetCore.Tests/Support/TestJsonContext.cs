using System.Text.Json.Serialization;

namespace Refit.AuthClients.AspNetCore.Tests.Support;

[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
