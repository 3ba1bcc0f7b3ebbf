local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "tag=red&tag=red&tag=blue"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/filters",
  method = "POST",
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
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
