import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/documents',
  headers: {
    'Content-Type': 'application/json',
  },
  // The JSON text itself: a JavaScript object would round integers beyond 2^53 and reorder integer-like keys.
  data: '{"title":"Ünïcödé — 日本語 and emoji 🎉😀","nested":{"list":[1,"two",3.5,null,true,false],"object":{"deep":{"deeper":[{"a":1},[]]}}},"empty_object":{},"empty_list":[],"nothing":null,"yes":true,"no":false,"big":9007199254740993,"negative_big":-12345678901234567890,"float":3.14159,"negative":-7,"zero":0}',
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
