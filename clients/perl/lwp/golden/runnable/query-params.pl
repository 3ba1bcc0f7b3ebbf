use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/search');
$url->query_form(
    'q' => 'rock & roll = fun + 100% sure',
    'tag' => 'first',
    'limit' => '10',
    'tag' => 'second',
    'empty' => '',
    'filter[name]' => 'Zoë Łukasz 🎸',
    'sort[]' => '-created',
    'tag' => 'third',
);

my $request = HTTP::Request->new('GET', $url);

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
