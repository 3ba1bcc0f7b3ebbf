use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://openrouter.ai/api/v1/keys');

my $request = HTTP::Request->new('POST', $url);
$request->content('{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}');
$request->push_header('Authorization' => 'Bearer ' . ($ENV{'OPENROUTER_API_KEY'} // '<token>'));
$request->push_header('Content-Type' => 'application/json');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
