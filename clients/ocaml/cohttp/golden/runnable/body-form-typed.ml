let () =
  let uri = Uri.of_string "https://api.example.com/v1/subscribe" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
      ]
  in
  let payload =
    Uri.encoded_of_query
      [
        ("email", [ "jane@example.com" ]);
        ("topic", [ "news & offers" ]);
        ("topic", [ "é ☕" ]);
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
