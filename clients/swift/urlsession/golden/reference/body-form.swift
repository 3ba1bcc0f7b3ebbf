import Foundation

let headers = ["Content-Type": "application/x-www-form-urlencoded"]

let postData = NSMutableData(data: "username=jane%40example.com".data(using: String.Encoding.utf8)!)
postData.append("&password=p%26ss%3Dw%2Brd+100%25".data(using: String.Encoding.utf8)!)
postData.append("&scope=read".data(using: String.Encoding.utf8)!)
postData.append("&scope=write".data(using: String.Encoding.utf8)!)
postData.append("&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d".data(using: String.Encoding.utf8)!)

let request = NSMutableURLRequest(url: NSURL(string: "https://api.example.com/v1/login")! as URL,
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
