namespace TomcatCompat.Config.Tomcat;

/// <summary>What the emulator does with a known Tomcat class.</summary>
public enum ClassSupport
{
    /// <summary>Reproduced by TomcatCompat.</summary>
    Emulated,

    /// <summary>No effect on what TomcatCompat reproduces (JMX, leak-prevention listeners…); no diagnostic.</summary>
    Harmless,

    /// <summary>Read, but not reproduced: a TC42xx diagnostic.</summary>
    Unsupported,
}
