-- wrk prints the 50/75/90/99th latency percentiles; benchmarks/site.py also wants the 95th.
-- With the argument "vary" (`wrk ... URL -- vary`) every request adds another year and grade to
-- the URL's filters: a catalogue question not asked before, so no kept page or fragment answers it.
local vary = false
local counter = 0
local threads = 0

-- Each thread starts at its own place among the 3,612 combinations, so no two ask the same.
setup = function(thread)
   thread:set("offset", threads * 1806)
   threads = threads + 1
end

init = function(args)
   vary = args[1] == "vary"
   counter = offset or 0
end

request = function()
   if not vary then
      return wrk.format()
   end
   counter = counter + 1
   local year = 1800 + counter % 301
   local grade = math.floor(counter / 301) % 12
   return wrk.format(nil, wrk.path .. "&year_from=" .. year .. "&grade=" .. grade)
end

done = function(summary, latency, requests)
   for _, p in ipairs({50, 95, 99}) do
      io.write(string.format("bench-latency-p%d-us %d\n", p, latency:percentile(p)))
   end
   io.write(string.format("bench-requests %d\n", summary.requests))
end
