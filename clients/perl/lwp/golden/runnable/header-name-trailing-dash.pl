use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/items');

my $request = HTTP::Request->new('GET', $url);
$request->push_header('X-Trace-' => 'abc');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
