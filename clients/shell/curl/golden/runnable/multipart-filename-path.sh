curl --url https://api.example.com/v1/upload \
  --form-string title=Q1 \
  --form 'report=@files/data.csv;type=text/csv;filename=reports/2026/q1.csv' \
  --write-out '\n%{http_code}\n'
