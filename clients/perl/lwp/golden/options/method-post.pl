use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/items');

my $request = HTTP::Request->new('POST', $url);
$request->content('{
  "name": "widget",
  "count": 3
}');
$request->push_header('Content-Type' => 'application/json');

my $ua = LWP::UserAgent->new(timeout => 2.5);
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
