using System.Runtime.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The sort order of a list.</summary>
public enum WazoSortDirection
{
    /// <summary>Ascending (the server's default).</summary>
    [EnumMember(Value = "asc")]
    Asc,

    /// <summary>Descending.</summary>
    [EnumMember(Value = "desc")]
    Desc,
}
