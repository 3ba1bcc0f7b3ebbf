local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC",
  method = "GET",
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
