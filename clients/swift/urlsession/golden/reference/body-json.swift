import Foundation

let headers = ["Content-Type": "application/json"]

// Sent as its exact JSON text: a Swift literal cannot hold all of this payload.
let postData = NSData(data: "{\"title\":\"Ünïcödé — 日本語 and emoji 🎉😀\",\"nested\":{\"list\":[1,\"two\",3.5,null,true,false],\"object\":{\"deep\":{\"deeper\":[{\"a\":1},[]]}}},\"empty_object\":{},\"empty_list\":[],\"nothing\":null,\"yes\":true,\"no\":false,\"big\":9007199254740993,\"negative_big\":-12345678901234567890,\"float\":3.14159,\"negative\":-7,\"zero\":0}".data(using: String.Encoding.utf8)!)

let request = NSMutableURLRequest(url: NSURL(string: "https://api.example.com/v1/documents")! as URL,
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
