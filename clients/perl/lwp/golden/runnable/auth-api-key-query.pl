use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/widgets');
$url->query_form(
    'page' => '2',
    'api_key' => $ENV{'EXAMPLE_API_KEY'} // '<api-key>',
);

my $request = HTTP::Request->new('GET', $url);

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
