import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://api.example.com/v1/items")!)
request.setValue("Bearer " + (ProcessInfo.processInfo.environment["API_TOKEN"] ?? "tok\"en,with=odd"), forHTTPHeaderField: "Authorization")
request.setValue("not a media type", forHTTPHeaderField: "Accept")
request.setValue("agent \"quoted\"", forHTTPHeaderField: "User-Agent")
request.setValue("etag-without-quotes", forHTTPHeaderField: "If-None-Match")

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
