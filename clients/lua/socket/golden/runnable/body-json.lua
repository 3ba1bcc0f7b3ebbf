local http = require("socket.http")
local ltn12 = require("ltn12")

-- The JSON text itself: Lua's standard library has no JSON encoder.
local body = "{\"title\":\"Ünïcödé — 日本語 and emoji 🎉😀\",\"nested\":{\"list\":[1,\"two\",3.5,null,true,false],\"object\":{\"deep\":{\"deeper\":[{\"a\":1},[]]}}},\"empty_object\":{},\"empty_list\":[],\"nothing\":null,\"yes\":true,\"no\":false,\"big\":9007199254740993,\"negative_big\":-12345678901234567890,\"float\":3.14159,\"negative\":-7,\"zero\":0}"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/documents",
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
