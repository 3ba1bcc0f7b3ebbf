local http = require("socket.http")
local ltn12 = require("ltn12")
local url = require("socket.url")

http.TIMEOUT = 2.5
local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/widgets?page=2&api_key=" .. url.escape(os.getenv("EXAMPLE_API_KEY") or "<api-key>"),
  method = "GET",
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
