local http = require("socket.http")
local ltn12 = require("ltn12")

-- LuaSocket has no multipart encoder: the body is built by hand.
local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local content = file:read("*a")
  file:close()
  return content
end

math.randomseed(os.time())
local boundary = string.format("----LuaSocketBoundary%08x%08x", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
local body = table.concat({
  "--" .. boundary .. "\r\n" .. "Content-Disposition: form-data; name=\"dir\\name\"\r\n\r\n" .. "x" .. "\r\n",
  "--" .. boundary .. "\r\n" .. "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"\r\nContent-Type: text/plain\r\n\r\n" .. read_file("files/notes.txt") .. "\r\n",
  "--" .. boundary .. "--\r\n",
})

local response = {}
local ok, status = http.request({
  url = "https://api.example.com/v1/upload",
  method = "POST",
  headers = {
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
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
