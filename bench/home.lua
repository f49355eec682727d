-- One signed-in session per wrk thread (run with as many threads as connections).
-- SESSIONS_FILE holds one SESSION cookie value per line.
local sessions = {}
local threads = {}

function setup(thread)
  if #sessions == 0 then
    for line in io.lines(os.getenv("SESSIONS_FILE")) do sessions[#sessions + 1] = line end
  end
  threads[#threads + 1] = thread
  thread:set("session", sessions[((#threads - 1) % #sessions) + 1])
  thread:set("not_ok", 0)
end

function init(args)
  wrk.headers["Cookie"] = "SESSION=" .. session
end

function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("not_ok") end
  io.write(string.format("requests: %d in %.1f s\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("requests/second: %.0f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("responses other than 200 (signed out, errors): %d\n", bad))
end
