global using NUnit.Framework;
global using RichardSzalay.MockHttp;
