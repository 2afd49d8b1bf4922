// One HTTP(S) GET at a time through libcurl's multi interface, so that another
// thread can cut a transfer short at once (interrupt() wakes curl_multi_poll).
//
// Threading and ownership:
//   - An HttpFetcher is owned by one thread (the feed worker, or the caller of
//     the one-shot fetch); fetch() runs on that thread only.
//   - interrupt() is the one member that any thread may call, at any time while
//     the object lives. It sets a sticky flag and wakes the transfer; fetch()
//     returns `interrupted` until the owner calls clear_interrupt(). Sticky, so an
//     interrupt that lands between two transfers is not lost.
//   - The multi handle lives as long as the fetcher and keeps the connection
//     cache, so polls reuse a kept-alive connection.
// Known limit: libcurl's threaded resolver cannot abandon a DNS lookup, so an
// interrupt during name resolution waits for the lookup to end.
#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/result.h"
#include "util/time.h"

namespace signpost {

struct HttpRequest {
    std::string url;
    std::string if_none_match;      // the last ETag; empty: not sent
    std::string if_modified_since;  // the last Last-Modified, verbatim; empty: not sent
    Seconds connect_timeout{10};
    Seconds total_timeout{30};
    size_t max_body_bytes = 16u << 20;  // after decoding gzip/deflate
    std::optional<std::filesystem::path> ca_file;
    // Extra header lines ("Authorization: Bearer ..."), already validated. Never logged.
    std::vector<std::string> headers;
};

struct HttpResponse {
    enum class Kind {
        ok,              // 2xx other than 304, body complete
        not_modified,    // 304
        http_error,      // a final status outside 2xx (after redirects)
        transfer_error,  // curl failed: DNS, connect, TLS, timeout, reset, truncation...
        too_large,       // body over max_body_bytes: aborted
        interrupted,     // interrupt() was called
    };
    Kind kind = Kind::transfer_error;
    long status = 0;         // the final HTTP status; 0 when none was received
    int curl_code = 0;       // CURLcode
    std::string curl_error;  // curl's message for curl_code, details first
    std::string body;
    std::string etag;           // of the final response; empty: none
    std::string last_modified;  // of the final response; empty: none
};

class HttpFetcher {
  public:
    // Makes nothing yet: libcurl's global state (and with it the TLS library's,
    // 2 MB of touched pages) and the multi handle come with the first fetch(),
    // so a kiosk whose sources are local files never starts them. Aborts the
    // program if libcurl cannot even allocate a multi handle then (out of
    // memory: nothing sensible to continue with).
    HttpFetcher();
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher&) = delete;
    HttpFetcher& operator=(const HttpFetcher&) = delete;

    // Blocks until the transfer ends, fails, times out or is interrupted.
    // Redirects are followed (at most 5, http and https only).
    HttpResponse fetch(const HttpRequest& request);

    // Any thread. See the header comment.
    void interrupt();
    // The owning thread, between transfers.
    void clear_interrupt() { interrupted_.store(false); }

  private:
    void* multi();  // the multi handle, made on the first call

    // CURLM*, kept opaque so that curl stays out of this header. Written once,
    // by the owning thread in multi(); interrupt() reads it from any thread.
    std::atomic<void*> multi_{nullptr};
    std::atomic<bool> interrupted_{false};
};

// The log line for a failed response: "HTTP 404", "timeout (curl 28: ...)", ...
// plus a short key that is equal for repeats of the same failure (the message
// may carry varying numbers, such as the elapsed milliseconds).
struct FailureDescription {
    std::string key;
    std::string message;
};
FailureDescription describe_failure(const HttpResponse& response, size_t max_body_bytes);

// Reads header lines from a file ("Name: value" per line; blank lines skipped).
// The Error names the file and the line number but never repeats its content.
Result<std::vector<std::string>> read_header_file(const std::filesystem::path& path);

}  // namespace signpost
