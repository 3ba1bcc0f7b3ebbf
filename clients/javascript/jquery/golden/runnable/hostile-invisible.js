// Needs jQuery on the page, e.g. <script src="https://code.jquery.com/jquery-3.6.1.min.js"></script>
const query = new URLSearchParams([
  ['q\u200b', 'x\u2066y\u2069z'],
  ['nbsp', 'a\xa0b'],
]);

const body = JSON.stringify({
  rtl: 'abc\u202edef',
  'zero\u200bwidth': 'a\ufeffb\xa0c\u{e0041}d\u3164e',
});

$.ajax({
  url: `https://api.example.com/v1/echo/a%E2%80%AEb?${query}`,
  method: 'POST',
  contentType: 'application/json',
  // The body exactly as built: no $.param, no default Content-Type.
  processData: false,
  data: body,
  // The response as text: jQuery would otherwise parse it by its Content-Type (and fail on an empty JSON body).
  dataType: 'text',
})
  .done((data, textStatus, jqXHR) => {
    console.log(jqXHR.status);
    console.log(data);
  })
  .fail((jqXHR, textStatus, error) => console.error('The request failed:', textStatus, error));
