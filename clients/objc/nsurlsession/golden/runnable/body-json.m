#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSURL *url = [NSURL URLWithString:@"https://api.example.com/v1/documents"];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"POST";
        [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
        NSString *json = @"{\n"
            @"  \"title\": \"Ünïcödé — 日本語 and emoji 🎉😀\",\n"
            @"  \"nested\": {\n"
            @"    \"list\": [\n"
            @"      1,\n"
            @"      \"two\",\n"
            @"      3.5,\n"
            @"      null,\n"
            @"      true,\n"
            @"      false\n"
            @"    ],\n"
            @"    \"object\": {\n"
            @"      \"deep\": {\n"
            @"        \"deeper\": [\n"
            @"          {\n"
            @"            \"a\": 1\n"
            @"          },\n"
            @"          []\n"
            @"        ]\n"
            @"      }\n"
            @"    }\n"
            @"  },\n"
            @"  \"empty_object\": {},\n"
            @"  \"empty_list\": [],\n"
            @"  \"nothing\": null,\n"
            @"  \"yes\": true,\n"
            @"  \"no\": false,\n"
            @"  \"big\": 9007199254740993,\n"
            @"  \"negative_big\": -12345678901234567890,\n"
            @"  \"float\": 3.14159,\n"
            @"  \"negative\": -7,\n"
            @"  \"zero\": 0\n"
            @"}";
        request.HTTPBody = [json dataUsingEncoding:NSUTF8StringEncoding];

        // A command-line program waits for the completion handler, which runs on another queue.
        dispatch_semaphore_t done = dispatch_semaphore_create(0);
        NSURLSessionDataTask *task = [NSURLSession.sharedSession dataTaskWithRequest:request
                                                                   completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
            if (error) {
                NSLog(@"%@", error);
            } else {
                printf("%ld\n", (long)((NSHTTPURLResponse *)response).statusCode);
                fwrite(data.bytes, 1, data.length, stdout);
                printf("\n");
            }
            dispatch_semaphore_signal(done);
        }];
        [task resume];
        dispatch_semaphore_wait(done, DISPATCH_TIME_FOREVER);
    }
    return 0;
}
