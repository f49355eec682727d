-- GET a page with a signed-in session; prints the latency percentiles the budgets are written in.
wrk.headers["Cookie"] = os.getenv("COOKIE")
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%d requests, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
