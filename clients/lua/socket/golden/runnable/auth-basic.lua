local http = require("socket.http")
local ltn12 = require("ltn12")
local mime = require("mime")

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/account",
  method = "GET",
  headers = {
    Authorization = "Basic " .. (mime.b64((os.getenv("API_USERNAME") or "<username>") .. ":" .. (os.getenv("API_PASSWORD") or "<password>"))),
  },
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
