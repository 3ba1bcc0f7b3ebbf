let () =
  let uri = Uri.of_string "https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC" in
  let headers =
    Cohttp.Header.of_list
      [
      ]
  in
  let meth = Cohttp.Code.method_of_string "GET" in
  Lwt_main.run
    (let open Lwt.Syntax in
     let* response, body = Cohttp_lwt_unix.Client.call ~headers meth uri in
     let* text = Cohttp_lwt.Body.to_string body in
     print_endline (string_of_int (Cohttp.Code.code_of_status (Cohttp.Response.status response)));
     print_endline text;
     Lwt.return ())
