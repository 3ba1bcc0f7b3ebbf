use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/filters');

my $request = HTTP::Request->new('POST', $url);
$request->content('tag=red&tag=red&tag=blue');
$request->push_header('Content-Type' => 'application/x-www-form-urlencoded');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
