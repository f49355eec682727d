-- Each wrk thread is one auditor's browser autosaving one audit: it posts the form with the version it last saw and
-- takes the new version from the response, as htmx does. AUTOSAVE holds "cookie|csrf|audit|version" per thread, ";"-separated.
local entries = {}
for entry in string.gmatch(os.getenv("AUTOSAVE"), "[^;]+") do table.insert(entries, entry) end
local next_entry = 0
local threads = {}

function setup(thread)
  next_entry = next_entry + 1
  local cookie, csrf, audit, version = string.match(entries[next_entry], "([^|]+)|([^|]+)|([^|]+)|([^|]+)")
  thread:set("cookie", cookie); thread:set("csrf", csrf); thread:set("audit", audit); thread:set("version", version)
  table.insert(threads, thread)
end

local count = 0
function request()
  count = count + 1
  local body = "_csrf=" .. csrf .. "&lockVersion=" .. version .. "&strengths=Autosaved+" .. count
    .. "&areasForDevelopment=Chronology&overallGrade=GOOD"
  return wrk.format("POST", "/audit/audits/" .. audit .. "/autosave",
    {["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded", ["HX-Request"] = "true"}, body)
end

saved = 0
refused = 0
function response(status, headers, body)
  local v = string.match(body, 'name="lockVersion" value="(%d+)"')
  if v then version = v; saved = saved + 1 else refused = refused + 1 end
end

done = function(summary, latency, requests)
  local s, r = 0, 0
  for _, t in ipairs(threads) do s = s + t:get("saved"); r = r + t:get("refused") end
  io.write(string.format("%d saves by %d auditors at once (%d not saved), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    s, #threads, r, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
