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
        'title' => 'Quarterly report',
        'description' => 'Line one, "quoted"; and ☕',
        'avatar' => ['files/avatar.png', 'avatar.png', 'Content-Type' => 'image/png'],
        'attachments' => ['files/notes.txt', 'notes.txt', 'Content-Type' => 'text/plain'],
        'attachments' => ['files/data.csv', 'data.csv', 'Content-Type' => 'text/csv'],
    ],
);

my $ua = LWP::UserAgent->new(timeout => 2.5);
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
