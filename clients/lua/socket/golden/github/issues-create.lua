local http = require("socket.http")
local ltn12 = require("ltn12")

-- The JSON text itself: Lua's standard library has no JSON encoder.
local body = "{\"title\":\"Found a bug\",\"body\":\"I'm having a problem with this.\",\"assignees\":[\"octocat\"],\"milestone\":1,\"labels\":[\"bug\"]}"

local response = {}
local ok, status = http.request({
  url = "https://api.github.com/repos/OWNER/REPO/issues",
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
