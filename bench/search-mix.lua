-- wrk script: cycles through a realistic mix of /api/search requests (dev queries, filters, pagination),
-- read from the file named by the QUERIES environment variable (one URL path per line).
local paths = {}
local file = os.getenv("QUERIES") or "bench/search-paths.txt"
for line in io.lines(file) do
  if #line > 0 then paths[#paths + 1] = line end
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non-200 responses: %d\n", summary.errors.status))
end
