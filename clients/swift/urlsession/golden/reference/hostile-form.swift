import Foundation

let headers = ["Content-Type": "application/x-www-form-urlencoded"]

let postData = NSMutableData(data: "mix=it%27s+a+%22mix%22+of+%5C+%24HOME+%24%7Bx%7D+%23%7Bx%7D+%5C%28x%29+%25s+%7B%7Bx%7D%7D+%60cmd%60+*%2F+%3F%3E+%22%22%22+%E2%80%A8+%F0%9F%98%80+%C3%A9".data(using: String.Encoding.utf8)!)
postData.append("&k%27%22%5C%24%60%7B%7Bx%7D%7D=line+one%0Aline+two%0D%0Athen%09tab+end".data(using: String.Encoding.utf8)!)
postData.append("&mix=again".data(using: String.Encoding.utf8)!)

let request = NSMutableURLRequest(url: NSURL(string: "https://api.example.com/v1/forms")! as URL,
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
