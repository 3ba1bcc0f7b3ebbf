import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://openrouter.ai/api/v1/keys")!)
request.httpMethod = "POST"
request.setValue("Bearer " + (ProcessInfo.processInfo.environment["OPENROUTER_API_KEY"] ?? "<token>"), forHTTPHeaderField: "Authorization")
request.setValue("application/json", forHTTPHeaderField: "Content-Type")
let json = """
{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}
"""
request.httpBody = Data(json.utf8)

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
