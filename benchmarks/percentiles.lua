-- wrk prints the 50/75/90/99th latency percentiles; benchmarks/site.py also wants the 95th.
done = function(summary, latency, requests)
   for _, p in ipairs({50, 95, 99}) do
      io.write(string.format("bench-latency-p%d-us %d\n", p, latency:percentile(p)))
   end
   io.write(string.format("bench-requests %d\n", summary.requests))
end
