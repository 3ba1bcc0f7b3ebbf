wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/json' \
  --body-data '{"title":"Found a bug","body":"I'\''m having a problem with this.","assignees":["octocat"],"milestone":1,"labels":["bug"]}' \
  https://api.github.com/repos/OWNER/REPO/issues
