namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>The sections a directive sits in, as far as the proxy directives care.</summary>
internal readonly record struct Frame(
    string? Location,
    bool LocationIsRegex,
    ProxyTarget? Proxy,
    string? Directory,
    string? Conditional);
