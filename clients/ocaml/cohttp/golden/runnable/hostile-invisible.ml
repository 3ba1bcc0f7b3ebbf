let payload = "{\n  \"rtl\": \"abc\u{202e}def\",\n  \"zero\u{200b}width\": \"a\u{feff}b\u{00a0}c\u{e0041}d\u{3164}e\"\n}"

let () =
  let uri = Uri.of_string "https://api.example.com/v1/echo/a%E2%80%AEb" in
  let uri =
    Uri.with_query' uri
      [
        ("q\u{200b}", "x\u{2066}y\u{2069}z");
        ("nbsp", "a\u{00a0}b");
      ]
  in
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
