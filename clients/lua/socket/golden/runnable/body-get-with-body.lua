local http = require("socket.http")
local ltn12 = require("ltn12")

-- The JSON text itself: Lua's standard library has no JSON encoder.
local body = "{\"query\":{\"match\":{\"title\":\"snippets\"}},\"size\":10}"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/search",
  method = "GET",
  headers = {
    ["Content-Type"] = "application/json",
    -- Without a length, LuaSocket would send the body chunked.
    ["Content-Length"] = #body,
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
