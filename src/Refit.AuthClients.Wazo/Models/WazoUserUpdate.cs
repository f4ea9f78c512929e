namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>PUT /users/{user_uuid}</c>.</summary>
public sealed record WazoUserUpdate : WazoUserFields;
