// Needs jQuery on the page, e.g. <script src="https://code.jquery.com/jquery-3.6.1.min.js"></script>
$.ajax({
  url: 'https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC',
  method: 'GET',
  // The response as text: jQuery would otherwise parse it by its Content-Type (and fail on an empty JSON body).
  dataType: 'text',
})
  .done((data, textStatus, jqXHR) => {
    console.log(jqXHR.status);
    console.log(data);
  })
  .fail((jqXHR, textStatus, error) => console.error('The request failed:', textStatus, error));
