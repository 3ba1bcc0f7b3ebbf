import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://api.example.com/v1/widgets")!)
request.setValue("theme=dark; api_session=" + (ProcessInfo.processInfo.environment["API_SESSION"] ?? "<session-key>"), forHTTPHeaderField: "Cookie")

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
