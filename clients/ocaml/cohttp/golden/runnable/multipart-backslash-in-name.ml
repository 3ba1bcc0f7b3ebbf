let read_file path =
  let channel = open_in_bin path in
  let data = really_input_string channel (in_channel_length channel) in
  close_in channel;
  data

let () =
  let uri = Uri.of_string "https://api.example.com/v1/upload" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "multipart/form-data; boundary=snipgen-7b0c2f4e9a1d");
      ]
  in
  (* cohttp has no multipart builder: the body is written part by part. *)
  let payload =
    String.concat ""
      [
        "--snipgen-7b0c2f4e9a1d\r\nContent-Disposition: form-data; name=\"dir\\name\"\r\n\r\n";
        "x";
        "\r\n";
        "--snipgen-7b0c2f4e9a1d\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"\r\nContent-Type: text/plain\r\n\r\n";
        read_file "files/notes.txt";
        "\r\n";
        "--snipgen-7b0c2f4e9a1d--\r\n";
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
