import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://api.example.com/v1/upload")!)
request.httpMethod = "POST"

// URLSession has no multipart API: the body is built by hand.
let boundary = "Boundary-\(UUID().uuidString)"
request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
var body = Data()
body.append(contentsOf: "--\(boundary)\r\nContent-Disposition: form-data; name=\"dir\\name\"\r\n\r\nx\r\n".utf8)
body.append(contentsOf: "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
body.append(try Data(contentsOf: URL(fileURLWithPath: "files/notes.txt")))
body.append(contentsOf: "\r\n".utf8)
body.append(contentsOf: "--\(boundary)--\r\n".utf8)
request.httpBody = body

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
