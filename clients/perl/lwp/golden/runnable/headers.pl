use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/headers');

my $request = HTTP::Request->new('GET', $url);
$request->push_header('Accept' => 'application/json');
$request->push_header('X-Trace' => 'first');
$request->push_header('X-Quoted' => 'say "hi" and it\'s fine');
$request->push_header('X-Backslash' => "C:\\path\\to\\file \\n not a newline");
$request->push_header('X-Trace' => 'second');
$request->push_header('X-Dollar' => '$HOME ${x} #{x} `cmd` %s {{x}}');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
