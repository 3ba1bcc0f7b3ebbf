library(httr)

url <- "https://api.github.com/repos/OWNER/REPO/issues"
payload <- r"(
{
  "title": "Found a bug",
  "body": "I'm having a problem with this.",
  "assignees": [
    "octocat"
  ],
  "milestone": 1,
  "labels": [
    "bug"
  ]
}
)"

response <- POST(
  url,
  content_type("application/json"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
