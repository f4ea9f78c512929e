namespace Refit.AuthClients.Testing.Astakos;

/// <summary>A user seeded into an <see cref="AstakosEmulator"/>.</summary>
/// <param name="Uuid">The user's uuid, also the id of its system project.</param>
/// <param name="DisplayName">Its display name (user name, an e-mail address on real deployments).</param>
/// <param name="Token">Its current token.</param>
public sealed record EmulatedAstakosUser(string Uuid, string DisplayName, string Token);

/// <summary>A registered component (Cyclades, Pithos, …) of an <see cref="AstakosEmulator"/>.</summary>
/// <param name="Name">Its catalog name, e.g. <c>cyclades_compute</c>.</param>
/// <param name="Token">Its service token, for the <c>service_*</c> and commission calls.</param>
public sealed record EmulatedAstakosService(string Name, string Token);

/// <summary>A project seeded into an <see cref="AstakosEmulator"/>.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
public sealed record EmulatedAstakosProject(string Id, string Name);

/// <summary>A message sent to <c>{A}/feedback</c>.</summary>
/// <param name="UserUuid">Who sent it.</param>
/// <param name="Message">The <c>feedback_msg</c> field.</param>
/// <param name="Data">The <c>feedback_data</c> field.</param>
public sealed record AstakosFeedbackMessage(string UserUuid, string Message, string Data);

/// <summary>A holding's numbers as the quota calls publish them.</summary>
/// <param name="Limit">The limit.</param>
/// <param name="Usage">The accepted usage.</param>
/// <param name="Pending">What pending commissions hold on top of it.</param>
public sealed record AstakosQuotaState(long Limit, long Usage, long Pending);

/// <summary>A project's capacity for one resource.</summary>
/// <param name="ProjectCapacity">The limit of the whole project.</param>
/// <param name="MemberCapacity">The limit of each member.</param>
public sealed record AstakosResourceCapacity(long ProjectCapacity, long MemberCapacity);
