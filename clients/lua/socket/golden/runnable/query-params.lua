local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/search?q=rock%20%26%20roll%20%3D%20fun%20%2B%20100%25%20sure&tag=first&limit=10&tag=second&empty=&filter%5Bname%5D=Zo%C3%AB%20%C5%81ukasz%20%F0%9F%8E%B8&sort%5B%5D=-created&tag=third",
  method = "GET",
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
