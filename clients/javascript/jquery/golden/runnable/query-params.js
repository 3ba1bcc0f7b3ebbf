// Needs jQuery on the page, e.g. <script src="https://code.jquery.com/jquery-3.6.1.min.js"></script>
const query = new URLSearchParams([
  ['q', 'rock & roll = fun + 100% sure'],
  ['tag', 'first'],
  ['limit', '10'],
  ['tag', 'second'],
  ['empty', ''],
  ['filter[name]', 'Zoë Łukasz 🎸'],
  ['sort[]', '-created'],
  ['tag', 'third'],
]);

$.ajax({
  url: `https://api.example.com/v1/search?${query}`,
  method: 'GET',
  // The response as text: jQuery would otherwise parse it by its Content-Type (and fail on an empty JSON body).
  dataType: 'text',
})
  .done((data, textStatus, jqXHR) => {
    console.log(jqXHR.status);
    console.log(data);
  })
  .fail((jqXHR, textStatus, error) => console.error('The request failed:', textStatus, error));
