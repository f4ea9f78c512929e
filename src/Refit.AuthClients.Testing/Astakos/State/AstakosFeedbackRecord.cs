namespace Refit.AuthClients.Testing.Astakos.State;

internal sealed record AstakosFeedbackRecord(string UserUuid, string Message, string Data);
