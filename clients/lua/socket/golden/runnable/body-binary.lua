local http = require("socket.http")
local ltn12 = require("ltn12")

local file = assert(io.open("files/avatar.png", "rb"))
local body = file:read("*a")
file:close()

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/blobs/logo",
  method = "PUT",
  headers = {
    ["Content-Type"] = "image/png",
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
