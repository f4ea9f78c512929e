using Refit.AuthClients.Samples.QuickStart;

return await QuickStartProgram.RunAsync(args, Console.Out);
