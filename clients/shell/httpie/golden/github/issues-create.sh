http --ignore-stdin \
  POST https://api.github.com/repos/OWNER/REPO/issues \
  Content-Type:application/json \
  --raw='{
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
  --print=hb
