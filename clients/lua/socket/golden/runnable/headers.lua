local http = require("socket.http")
local ltn12 = require("ltn12")

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/headers",
  method = "GET",
  headers = {
    Accept = "application/json",
    ["X-Trace"] = "first, second",
    ["X-Quoted"] = "say \"hi\" and it's fine",
    ["X-Backslash"] = "C:\\path\\to\\file \\n not a newline",
    ["X-Dollar"] = "$HOME ${x} #{x} `cmd` %s {{x}}",
  },
  sink = ltn12.sink.table(response),
})
if not ok then
  error(status)
end

print(status)
print(table.concat(response))
