-- Each connection goes through the paths given after `--`, one after the other
-- (benchmarks/resilience.py): `wrk -s mixed.lua URL -- /kk/ /kk/katalog/?q=… …`.
-- At the end it prints, per second of the clock, the answers that were pages (2xx/3xx) and the
-- others: "bench-second <unix time> <pages> <others>".
local paths = {}
local next_path = 0
local threads = {}
-- Answers per second of the clock, read from every thread in done(): globals of flat tables.
pages = {}
others = {}

setup = function(thread)
   table.insert(threads, thread)
end

init = function(args)
   for i, path in ipairs(args) do
      paths[i] = path
   end
   next_path = math.random(#paths) - 1
end

request = function()
   next_path = next_path % #paths + 1
   return wrk.format(nil, paths[next_path])
end

response = function(status, headers, body)
   local second = os.time()
   if status >= 200 and status < 400 then
      pages[second] = (pages[second] or 0) + 1
   else
      others[second] = (others[second] or 0) + 1
   end
end

done = function(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      for second, count in pairs(thread:get("pages")) do
         total[second] = total[second] or {0, 0}
         total[second][1] = total[second][1] + count
      end
      for second, count in pairs(thread:get("others")) do
         total[second] = total[second] or {0, 0}
         total[second][2] = total[second][2] + count
      end
   end
   for second, counts in pairs(total) do
      io.write(string.format("bench-second %d %d %d\n", second, counts[1], counts[2]))
   end
end
