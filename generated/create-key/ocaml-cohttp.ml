let payload = {json|{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}|json}

let () =
  let uri = Uri.of_string "https://openrouter.ai/api/v1/keys" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Authorization", "Bearer " ^ (Option.value (Sys.getenv_opt "OPENROUTER_API_KEY") ~default:"<token>"));
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
