local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/widgets",
  method = "GET",
  headers = {
    Cookie = "theme=dark; api_session=" .. (os.getenv("API_SESSION") or "<session-key>"),
  },
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
