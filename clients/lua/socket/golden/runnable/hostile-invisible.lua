local http = require("socket.http")
local ltn12 = require("ltn12")

-- The JSON text itself: Lua's standard library has no JSON encoder.
local body = "{\"rtl\":\"abc\226\128\174def\",\"zero\226\128\139width\":\"a\239\187\191b\194\160c\243\160\129\129d\227\133\164e\"}"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b",
  method = "POST",
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
