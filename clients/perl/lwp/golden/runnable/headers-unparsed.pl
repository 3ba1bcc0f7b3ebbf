use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/items');

my $request = HTTP::Request->new('GET', $url);
$request->push_header('Authorization' => 'Bearer ' . ($ENV{'API_TOKEN'} // 'tok"en,with=odd'));
$request->push_header('Accept' => 'not a media type');
$request->push_header('User-Agent' => 'agent "quoted"');
$request->push_header('If-None-Match' => 'etag-without-quotes');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
