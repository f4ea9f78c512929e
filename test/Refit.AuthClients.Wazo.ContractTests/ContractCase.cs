namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>One Refit call of the client, made against Prism with realistic arguments.</summary>
public sealed class ContractCase
{
    internal ContractCase(string operation, int successStatus, bool returnsValue, Func<IServiceProvider, Task<object?>> call, string? variant, KnownSpecDefect? defect)
    {
        Operation = operation;
        SuccessStatus = successStatus;
        ReturnsValue = returnsValue;
        Call = call;
        Variant = variant;
        Defect = defect;
    }

    /// <summary>The spec operation the call must hit, e.g. <c>GET /users/{user_uuid}</c>.</summary>
    internal string Operation { get; }

    /// <summary>The operation's success status in the spec, asked of Prism.</summary>
    internal int SuccessStatus { get; }

    /// <summary>Whether the call hands back a parsed value (which must not be null).</summary>
    internal bool ReturnsValue { get; }

    internal Func<IServiceProvider, Task<object?>> Call { get; }

    /// <summary>Tells apart several calls of one operation, e.g. the generic external-auth calls.</summary>
    internal string? Variant { get; }

    /// <summary>Where the spec, not the client, is wrong about this operation.</summary>
    internal KnownSpecDefect? Defect { get; }

    public override string ToString() => Variant is null ? Operation : $"{Operation} [{Variant}]";
}
