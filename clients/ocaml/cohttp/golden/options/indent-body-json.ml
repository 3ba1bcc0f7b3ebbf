let payload = {json|{
  "title": "Ünïcödé — 日本語 and emoji 🎉😀",
  "nested": {
    "list": [
      1,
      "two",
      3.5,
      null,
      true,
      false
    ],
    "object": {
      "deep": {
        "deeper": [
          {
            "a": 1
          },
          []
        ]
      }
    }
  },
  "empty_object": {},
  "empty_list": [],
  "nothing": null,
  "yes": true,
  "no": false,
  "big": 9007199254740993,
  "negative_big": -12345678901234567890,
  "float": 3.14159,
  "negative": -7,
  "zero": 0
}|json}

let () =
    let uri = Uri.of_string "https://api.example.com/v1/documents" in
    let headers =
        Cohttp.Header.of_list
            [
                ("Content-Type", "application/json");
            ]
    in
    let body = Cohttp_lwt.Body.of_string payload in
    let meth = Cohttp.Code.method_of_string "POST" in
    Lwt_main.run
        (let open Lwt.Syntax in
         let* response, body = Cohttp_lwt_unix.Client.call ~headers ~body meth uri in
         let* text = Cohttp_lwt.Body.to_string body in
         print_endline (string_of_int (Cohttp.Code.code_of_status (Cohttp.Response.status response)));
         print_endline text;
         Lwt.return ())
