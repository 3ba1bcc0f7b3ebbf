local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "mix=it%27s+a+%22mix%22+of+%5C+%24HOME+%24%7Bx%7D+%23%7Bx%7D+%5C%28x%29+%25s+%7B%7Bx%7D%7D+%60cmd%60+*%2F+%3F%3E+%22%22%22+%E2%80%A8+%F0%9F%98%80+%C3%A9&k%27%22%5C%24%60%7B%7Bx%7D%7D=line+one%0Aline+two%0D%0Athen%09tab+end&mix=again"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/forms",
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
