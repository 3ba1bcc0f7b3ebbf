local http = require("socket.http")
local ltn12 = require("ltn12")

local file = assert(io.open("body.bin", "rb"))
local body = file:read("*a")
file:close()

local response = {}
local ok, status = http.request({
  url = "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME",
  method = "POST",
  headers = {
    ["Content-Type"] = "application/octet-stream",
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
