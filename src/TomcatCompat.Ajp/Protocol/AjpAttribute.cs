namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// One FORWARD_REQUEST attribute. <see cref="Name"/> is set only for <see cref="AjpAttributeCode.ReqAttribute"/>;
/// <see cref="AjpAttributeCode.SslKeySize"/> carries its integer as decimal text in <see cref="Value"/>.
/// </summary>
public readonly record struct AjpAttribute(AjpAttributeCode Code, string? Value, string? Name = null);
