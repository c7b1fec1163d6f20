namespace TomcatCompat.SessionStores.Redis;

/// <summary>Lua run atomically on the server, so check-and-write needs no WATCH round trips.</summary>
internal static class RedisScripts
{
    /// <summary>
    /// KEYS[1] the session hash. ARGV: base version, TTL s (0 = none), creation ms, last access ms,
    /// max inactive s, full (1 = may create), then (name, "s"|"r", value) per changed attribute.
    /// A missing hash and no full flag → {0,0,0,0} (gone). An attribute whose stored version is newer
    /// than the base is left alone (stale). The session version moves only when something changed;
    /// the last-access time only forward. Returns {1, version after, stale count, version before}.
    /// </summary>
    public const string Write = """
        local key = KEYS[1]
        local base = tonumber(ARGV[1])
        local before = tonumber(redis.call('HGET', key, 'session:version') or '0')
        if before == 0 and ARGV[6] ~= '1' and redis.call('EXISTS', key) == 0 then
          return {0, 0, 0, 0}
        end
        local version = before
        local stale = 0
        if #ARGV > 6 or before == 0 then
          version = before + 1
          for i = 7, #ARGV, 3 do
            local name = ARGV[i]
            local current = tonumber(redis.call('HGET', key, 'ver:' .. name) or '0')
            if current > base then
              stale = stale + 1
            else
              if ARGV[i + 1] == 's' then
                redis.call('HSET', key, 'attr:' .. name, ARGV[i + 2])
              else
                redis.call('HDEL', key, 'attr:' .. name)
              end
              redis.call('HSET', key, 'ver:' .. name, version)
            end
          end
          redis.call('HSET', key, 'session:version', version)
        end
        if redis.call('HEXISTS', key, 'session:creationTime') == 0 then
          redis.call('HSET', key, 'session:creationTime', ARGV[3])
        end
        local last = tonumber(redis.call('HGET', key, 'session:lastAccessedTime') or '0')
        if tonumber(ARGV[4]) > last then
          redis.call('HSET', key, 'session:lastAccessedTime', ARGV[4])
        end
        redis.call('HSET', key, 'session:maxInactiveInterval', ARGV[5])
        local ttl = tonumber(ARGV[2])
        if ttl > 0 then
          redis.call('EXPIRE', key, ttl)
        else
          redis.call('PERSIST', key)
        end
        return {1, version, stale, before}
        """;
}
