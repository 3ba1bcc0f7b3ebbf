use strict;
use warnings;

use HTTP::Request;
use HTTP::Request::Common qw(POST);
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/upload');

# HTTP::Request::Common builds the multipart body (Content_Type => 'form-data'); each file is [path, filename, headers].
my $request = POST(
    $url,
    Content_Type => 'form-data',
    Content => [
        "dir\\name" => 'x',
        'file' => ['files/notes.txt', "C:\\Users\\me\\notes.txt", 'Content-Type' => 'text/plain'],
    ],
);

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
