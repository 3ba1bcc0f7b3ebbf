import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://cdn.example.com/cache/images/logo.png")!)
request.httpMethod = "PURGE"
request.setValue("deploy", forHTTPHeaderField: "X-Purge-Reason")

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
