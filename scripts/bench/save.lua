-- wrk script: each thread drives one connection for one institution and saves its draft over the revision it
-- last saw, so every save should answer 200; a 409 moves it to the current revision.
local count = 0
local threads = {}

function setup(thread)
  count = count + 1
  thread:set("index", count)
  table.insert(threads, thread)
end

function init(args)
  local tokens = {}
  for line in io.lines(args[1]) do table.insert(tokens, line) end
  token = tokens[index]
  local file = io.open(args[2])
  answers = file:read("*a"):gsub("%s+$", "")
  file:close()
  revision = 1
  saved = 0
  refused = 0
end

function request()
  local body = '{"base_revision":' .. revision .. ',"answers":' .. answers .. '}'
  return wrk.format("PUT", "/api/v1/response", {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status == 200 then
    revision = revision + 1
    saved = saved + 1
  else
    refused = refused + 1
    local current = body:match('"current_revision":(%d+)')
    if current then revision = tonumber(current) end
  end
end

function done(summary, latency, requests)
  local ok, other = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("saved")
    other = other + thread:get("refused")
  end
  io.write(string.format("draft saves: %d saved, %d refused; %.0f saves/s; p50 %.1f ms, p99 %.1f ms\n",
    ok, other, ok / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
