namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>PUT /policies/{policy_uuid}</c> (the slug and <c>shared</c> cannot change).</summary>
public sealed record WazoPolicyUpdate : WazoPolicyFields;
