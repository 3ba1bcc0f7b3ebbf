local http = require("socket.http")
local ltn12 = require("ltn12")

-- The JSON text itself: Lua's standard library has no JSON encoder.
local body = "{\"name\":\"My New API Key\",\"limit\":50,\"limit_reset\":\"monthly\",\"include_byok_in_limit\":true}"

local response = {}
local ok, status = http.request({
  url = "https://openrouter.ai/api/v1/keys",
  method = "POST",
  headers = {
    Authorization = "Bearer " .. (os.getenv("OPENROUTER_API_KEY") or "<token>"),
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
