#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSURL *url = [NSURL URLWithString:@"https://api.example.com/v1/upload"];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"POST";

        // NSURLSession has no multipart API: the body is built by hand.
        NSString *boundary = [@"Boundary-" stringByAppendingString:[NSUUID UUID].UUIDString];
        [request setValue:[@"multipart/form-data; boundary=" stringByAppendingString:boundary] forHTTPHeaderField:@"Content-Type"];
        NSMutableData *body = [NSMutableData data];
        [body appendData:[[@"--" stringByAppendingString:boundary] dataUsingEncoding:NSUTF8StringEncoding]];
        [body appendData:[@"\r\nContent-Disposition: form-data; name=\"dir\\name\"\r\n\r\nx\r\n" dataUsingEncoding:NSUTF8StringEncoding]];
        [body appendData:[[@"--" stringByAppendingString:boundary] dataUsingEncoding:NSUTF8StringEncoding]];
        [body appendData:[@"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"\r\nContent-Type: text/plain\r\n\r\n" dataUsingEncoding:NSUTF8StringEncoding]];
        [body appendData:[NSData dataWithContentsOfFile:@"files/notes.txt"]];
        [body appendData:[@"\r\n" dataUsingEncoding:NSUTF8StringEncoding]];
        [body appendData:[[NSString stringWithFormat:@"--%@--\r\n", boundary] dataUsingEncoding:NSUTF8StringEncoding]];
        request.HTTPBody = body;

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
