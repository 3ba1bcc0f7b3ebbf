let () =
  let uri = Uri.of_string "https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b" in
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
