wget --quiet --output-document=- --content-on-error \
  https://api.github.com/orgs/ORG/repos
