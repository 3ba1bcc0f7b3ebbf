import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "https://api.example.com/v1/upload")!)
request.httpMethod = "POST"
request.timeoutInterval = 2.5

// URLSession has no multipart API: the body is built by hand.
let boundary = "Boundary-\(UUID().uuidString)"
request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
var body = Data()
body.append(contentsOf: "--\(boundary)\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nQuarterly report\r\n".utf8)
body.append(contentsOf: "--\(boundary)\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nLine one, \"quoted\"; and ☕\r\n".utf8)
body.append(contentsOf: "--\(boundary)\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"avatar.png\"\r\nContent-Type: image/png\r\n\r\n".utf8)
body.append(try Data(contentsOf: URL(fileURLWithPath: "files/avatar.png")))
body.append(contentsOf: "\r\n".utf8)
body.append(contentsOf: "--\(boundary)\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
body.append(try Data(contentsOf: URL(fileURLWithPath: "files/notes.txt")))
body.append(contentsOf: "\r\n".utf8)
body.append(contentsOf: "--\(boundary)\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"data.csv\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
body.append(try Data(contentsOf: URL(fileURLWithPath: "files/data.csv")))
body.append(contentsOf: "\r\n".utf8)
body.append(contentsOf: "--\(boundary)--\r\n".utf8)
request.httpBody = body

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
