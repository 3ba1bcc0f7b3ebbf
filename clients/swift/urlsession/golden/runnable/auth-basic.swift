import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://api.example.com/v1/account")!)
request.setValue("Basic " + Data(((ProcessInfo.processInfo.environment["API_USERNAME"] ?? "<username>") + ":" + (ProcessInfo.processInfo.environment["API_PASSWORD"] ?? "<password>")).utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
