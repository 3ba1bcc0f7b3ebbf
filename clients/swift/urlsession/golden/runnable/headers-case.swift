import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://api.example.com/v1/headers")!)
request.setValue("application/json", forHTTPHeaderField: "accept")
request.setValue("first, second", forHTTPHeaderField: "X-Trace")
request.setValue("docs-example/1.0", forHTTPHeaderField: "user-agent")

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
