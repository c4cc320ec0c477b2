-- wrk script: each thread submits its institution's complete draft again and again, each time with a new
-- submission_id, so every request records a new immutable submission (201).
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
  math.randomseed(os.time() * 100 + index)
  created = 0
  refused = 0
end

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffffffffff))
end

function request()
  local body = '{"submission_id":"' .. uuid() .. '","attested_by":"Bench Officer, Director"}'
  return wrk.format("POST", "/api/v1/submissions", {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local ok, other = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("created")
    other = other + thread:get("refused")
  end
  io.write(string.format("submissions: %d recorded, %d refused; %.0f submissions/s; p50 %.1f ms, p99 %.1f ms\n",
    ok, other, ok / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
