// Needs jQuery on the page, e.g. <script src="https://code.jquery.com/jquery-3.6.1.min.js"></script>
const body = new URLSearchParams([
  ['tag', 'red'],
  ['tag', 'red'],
  ['tag', 'blue'],
]);

$.ajax({
  url: 'https://api.example.com/v1/filters',
  method: 'POST',
  contentType: 'application/x-www-form-urlencoded',
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
