#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSURL *url = [NSURL URLWithString:@"https://openrouter.ai/api/v1/keys"];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"POST";
        [request setValue:[@[@"Bearer ", ([NSProcessInfo.processInfo.environment objectForKey:@"OPENROUTER_API_KEY"] ?: @"<token>")] componentsJoinedByString:@""] forHTTPHeaderField:@"Authorization"];
        [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
        NSString *json = @"{\n"
            @"  \"name\": \"My New API Key\",\n"
            @"  \"limit\": 50,\n"
            @"  \"limit_reset\": \"monthly\",\n"
            @"  \"include_byok_in_limit\": true\n"
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
