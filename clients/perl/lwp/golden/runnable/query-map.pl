use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v2/events');
$url->query_form(
    'type' => 'push',
    'type' => 'pull_request',
    'per_page' => '50',
    'active' => 'true',
);

my $request = HTTP::Request->new('GET', $url);

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
