// Needs jQuery on the page, e.g. <script src="https://code.jquery.com/jquery-3.6.1.min.js"></script>
// The JSON text itself: a JavaScript object would round integers beyond 2^53 and reorder integer-like keys.
const body = '{"title":"Ünïcödé — 日本語 and emoji 🎉😀","nested":{"list":[1,"two",3.5,null,true,false],"object":{"deep":{"deeper":[{"a":1},[]]}}},"empty_object":{},"empty_list":[],"nothing":null,"yes":true,"no":false,"big":9007199254740993,"negative_big":-12345678901234567890,"float":3.14159,"negative":-7,"zero":0}';

$.ajax({
    url: 'https://api.example.com/v1/documents',
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
