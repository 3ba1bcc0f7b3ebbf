let () =
  let uri = Uri.of_string "https://api.example.com/v1/widgets" in
  let uri =
    Uri.with_query' uri
      [
        ("page", "2");
        ("api_key", Option.value (Sys.getenv_opt "EXAMPLE_API_KEY") ~default:"<api-key>");
      ]
  in
  let headers =
    Cohttp.Header.of_list
      [
      ]
  in
  let meth = Cohttp.Code.method_of_string "GET" in
  Lwt_main.run
    (let open Lwt.Syntax in
     let request = Cohttp_lwt_unix.Client.call ~headers meth uri in
     let timeout = Lwt.map (fun () -> failwith "request timed out") (Lwt_unix.sleep 2.5) in
     let* response, body = Lwt.pick [ request; timeout ] in
     let* text = Cohttp_lwt.Body.to_string body in
     print_endline (string_of_int (Cohttp.Code.code_of_status (Cohttp.Response.status response)));
     print_endline text;
     Lwt.return ())
