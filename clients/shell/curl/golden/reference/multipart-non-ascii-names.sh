curl --request POST \
  --url https://api.example.com/v1/upload \
  --form-string 'título=Café ☕' \
  --form 'документ=@files/notes.txt;type=text/plain;filename=résumé ☕.txt'
