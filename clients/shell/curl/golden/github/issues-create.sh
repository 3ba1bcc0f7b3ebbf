curl --url https://api.github.com/repos/OWNER/REPO/issues \
  --header 'Content-Type: application/json' \
  --data '{
  "title": "Found a bug",
  "body": "I'\''m having a problem with this.",
  "assignees": [
    "octocat"
  ],
  "milestone": 1,
  "labels": [
    "bug"
  ]
}' \
  --write-out '\n%{http_code}\n'
