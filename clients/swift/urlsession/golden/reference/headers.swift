import Foundation

let headers = [
  "Accept": "application/json",
  "X-Trace": "first, second",
  "X-Quoted": "say \"hi\" and it's fine",
  "X-Backslash": "C:\\path\\to\\file \\n not a newline",
  "X-Dollar": "$HOME ${x} #{x} `cmd` %s {{x}}"
]

let request = NSMutableURLRequest(url: NSURL(string: "https://api.example.com/v1/headers")! as URL,
                                        cachePolicy: .useProtocolCachePolicy,
                                    timeoutInterval: 10.0)
request.httpMethod = "GET"
request.allHTTPHeaderFields = headers

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
