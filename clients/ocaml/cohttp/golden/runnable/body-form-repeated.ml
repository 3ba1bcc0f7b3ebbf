let () =
  let uri = Uri.of_string "https://api.example.com/v1/filters" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "application/x-www-form-urlencoded");
      ]
  in
  let payload =
    Uri.encoded_of_query
      [
        ("tag", [ "red" ]);
        ("tag", [ "red" ]);
        ("tag", [ "blue" ]);
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
