import Foundation

let headers = ["Content-Type": "multipart/form-data; boundary=---011000010111000001101001"]

let postData = NSMutableData()
postData.append("-----011000010111000001101001\r\nContent-Disposition: form-data; name=\"dir\\name\"\r\n\r\nx\r\n".data(using: String.Encoding.utf8)!)
postData.append("-----011000010111000001101001\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"\r\nContent-Type: text/plain\r\n\r\n".data(using: String.Encoding.utf8)!)
postData.append(NSData(contentsOfFile: "files/notes.txt")! as Data)
postData.append("\r\n".data(using: String.Encoding.utf8)!)
postData.append("-----011000010111000001101001--\r\n".data(using: String.Encoding.utf8)!)

let request = NSMutableURLRequest(url: NSURL(string: "https://api.example.com/v1/upload")! as URL,
                                        cachePolicy: .useProtocolCachePolicy,
                                    timeoutInterval: 10.0)
request.httpMethod = "POST"
request.allHTTPHeaderFields = headers
request.httpBody = postData as Data

let session = URLSession.shared
let dataTask = session.dataTask(with: request as URLRequest, completionHandler: { (data, response, error) -> Void in
  if (error != nil) {
    print(error as Any)
  } else {
    let httpResponse = response as? HTTPURLResponse
    print(httpResponse)
  }
})

dataTask.resume()
