import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// The secret lands in the query: everything but RFC 3986 unreserved characters is percent-encoded.
let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
var request = URLRequest(url: URL(string: "https://api.example.com/v1/widgets?page=2&api_key=" + (ProcessInfo.processInfo.environment["EXAMPLE_API_KEY"] ?? "<api-key>").addingPercentEncoding(withAllowedCharacters: unreserved)!)!)

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
