local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "username=jane%40example.com&password=p%26ss%3Dw%2Brd+100%25&scope=read&scope=write&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/login",
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
