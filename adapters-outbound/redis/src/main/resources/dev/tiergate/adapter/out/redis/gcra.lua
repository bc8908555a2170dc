-- GCRA in one round trip: the rule of dev.tiergate.domain.ratelimit.Gcra, on Redis's own clock.
--
-- KEYS[1]  the budget's key; its value is the theoretical arrival time (TAT) in µs since the epoch
-- ARGV[1]  emission interval T in µs (the time one permit takes to come back)
-- ARGV[2]  burst b (the tolerance is b·T)
--
-- A request is allowed iff max(TAT, now) + T - now <= b·T. Then the new TAT is stored with an
-- absolute expiry at that TAT, rounded up to Redis's millisecond expiry clock: the key disappears
-- exactly when it would no longer hold any state, and never before. A refusal writes nothing.
--
-- Returns {allowed (1 or 0), remaining, retry after (µs), now (µs), TAT after the decision (µs)}.
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local base = tonumber(redis.call('GET', KEYS[1]))
if base == nil or base < now then
  base = now
end
local arrival = base + interval
local ahead = arrival - now
local tolerance = interval * burst
if ahead > tolerance then
  return {0, 0, ahead - tolerance, now, base}
end
redis.call('SET', KEYS[1], string.format('%.0f', arrival), 'PXAT', string.format('%.0f', math.ceil(arrival / 1000)))
return {1, math.floor((tolerance - ahead) / interval), 0, now, arrival}
