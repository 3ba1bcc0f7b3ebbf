// Needs jQuery on the page, e.g. <script src="https://code.jquery.com/jquery-3.6.1.min.js"></script>
const body = new URLSearchParams([
  ['email', 'jane@example.com'],
  ['topic', 'news & offers'],
  ['topic', 'é ☕'],
]);

$.ajax({
  url: 'https://api.example.com/v1/subscribe',
  method: 'POST',
  contentType: 'application/x-www-form-urlencoded; charset=UTF-8',
  // The body exactly as built: no $.param, no default Content-Type.
  processData: false,
  data: body.toString(),
  // The response as text: jQuery would otherwise parse it by its Content-Type (and fail on an empty JSON body).
  dataType: 'text',
})
  .done((data, textStatus, jqXHR) => {
    console.log(jqXHR.status);
    console.log(data);
  })
  .fail((jqXHR, textStatus, error) => console.error('The request failed:', textStatus, error));
