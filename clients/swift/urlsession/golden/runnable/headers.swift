import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://api.example.com/v1/headers")!)
request.setValue("application/json", forHTTPHeaderField: "Accept")
request.setValue("first, second", forHTTPHeaderField: "X-Trace")
request.setValue("say \"hi\" and it's fine", forHTTPHeaderField: "X-Quoted")
request.setValue("C:\\path\\to\\file \\n not a newline", forHTTPHeaderField: "X-Backslash")
request.setValue("$HOME ${x} #{x} `cmd` %s {{x}}", forHTTPHeaderField: "X-Dollar")

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
