local http = require("socket.http")
local ltn12 = require("ltn12")

local body = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/notes",
  method = "POST",
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
