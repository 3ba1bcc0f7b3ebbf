use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/search');

my $request = HTTP::Request->new('GET', $url);
$request->content('{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}');
$request->push_header('Content-Type' => 'application/json');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
