local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/me",
  method = "GET",
  headers = {
    Authorization = "Bearer " .. (os.getenv("EXAMPLE_TOKEN") or "<token>"),
  },
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
