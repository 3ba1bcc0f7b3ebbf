use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/headers');

my $request = HTTP::Request->new('GET', $url);
$request->push_header('accept' => 'application/json');
$request->push_header('X-Trace' => 'first');
$request->push_header('X-Trace' => 'second');
$request->push_header('user-agent' => 'docs-example/1.0');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
