local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \226\128\168 😀 é\nline one\nline two\r\nthen\ttab end\n"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/raw",
  method = "PUT",
  headers = {
    ["Content-Type"] = "text/plain; charset=utf-8",
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
