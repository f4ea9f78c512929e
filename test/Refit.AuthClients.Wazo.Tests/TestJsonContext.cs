using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Tests;

[JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
