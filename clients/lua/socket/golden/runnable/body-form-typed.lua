local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/subscribe",
  method = "POST",
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
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
