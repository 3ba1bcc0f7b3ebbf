let payload = {json|{
  "name": "widget",
  "count": 3
}|json}

let () =
  let uri = Uri.of_string "https://api.example.com/v1/items" in
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
     let request = Cohttp_lwt_unix.Client.call ~headers ~body meth uri in
     let timeout = Lwt.map (fun () -> failwith "request timed out") (Lwt_unix.sleep 2.5) in
     let* response, body = Lwt.pick [ request; timeout ] in
     let* text = Cohttp_lwt.Body.to_string body in
     print_endline (string_of_int (Cohttp.Code.code_of_status (Cohttp.Response.status response)));
     print_endline text;
     Lwt.return ())
