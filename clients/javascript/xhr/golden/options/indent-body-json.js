// The JSON text itself: a JavaScript object would round integers beyond 2^53 and reorder integer-like keys.
const body = '{"title":"Ünïcödé — 日本語 and emoji 🎉😀","nested":{"list":[1,"two",3.5,null,true,false],"object":{"deep":{"deeper":[{"a":1},[]]}}},"empty_object":{},"empty_list":[],"nothing":null,"yes":true,"no":false,"big":9007199254740993,"negative_big":-12345678901234567890,"float":3.14159,"negative":-7,"zero":0}';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/documents');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
    console.log(xhr.status);
    console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
