import Foundation

let headers = ["Content-Type": "application/x-www-form-urlencoded"]

let postData = NSMutableData(data: "tag=red".data(using: String.Encoding.utf8)!)
postData.append("&tag=red".data(using: String.Encoding.utf8)!)
postData.append("&tag=blue".data(using: String.Encoding.utf8)!)

let request = NSMutableURLRequest(url: NSURL(string: "https://api.example.com/v1/filters")! as URL,
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
