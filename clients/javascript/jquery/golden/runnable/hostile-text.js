// Needs jQuery on the page, e.g. <script src="https://code.jquery.com/jquery-3.6.1.min.js"></script>
const body = 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n';

$.ajax({
  url: 'https://api.example.com/v1/raw',
  method: 'PUT',
  contentType: 'text/plain; charset=utf-8',
  // The body exactly as built: no $.param, no default Content-Type.
  processData: false,
  // As bytes: given text, XMLHttpRequest would rewrite the charset of the Content-Type to "UTF-8".
  data: new TextEncoder().encode(body),
  // The response as text: jQuery would otherwise parse it by its Content-Type (and fail on an empty JSON body).
  dataType: 'text',
})
  .done((data, textStatus, jqXHR) => {
    console.log(jqXHR.status);
    console.log(data);
  })
  .fail((jqXHR, textStatus, error) => console.error('The request failed:', textStatus, error));
