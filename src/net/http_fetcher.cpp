#include "net/http_fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

#include "util/file_read.h"

namespace signpost {
namespace {

// libcurl's global state, set up once per process before the first handle.
// curl_global_init is thread-safe in this libcurl (feature "threadsafe"), and
// the function-local static makes us call it once whatever thread gets here
// first. There is no matching cleanup: it would race with handles still alive
// at exit, and the process is ending anyway.
void init_curl_once() {
    static const CURLcode rc = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (rc != CURLE_OK) {
        std::abort();
    }
}

// The body grows here during the transfer; callbacks run on the fetching thread.
struct BodySink {
    std::string* body;
    size_t limit;
    bool too_large = false;
};

size_t write_body(char* data, size_t size, size_t count, void* user) {
    auto* sink = static_cast<BodySink*>(user);
    const size_t n = size * count;
    if (n > sink->limit - std::min(sink->limit, sink->body->size())) {
        sink->too_large = true;
        return 0;  // anything but n aborts the transfer with CURLE_WRITE_ERROR
    }
    sink->body->append(data, n);
    return n;
}

// A header of the final response (request -1: the last one after redirects).
std::string final_header(CURL* easy, const char* name) {
    struct curl_header* header = nullptr;
    if (curl_easy_header(easy, name, 0, CURLH_HEADER, -1, &header) == CURLHE_OK && header &&
        header->value) {
        return header->value;
    }
    return {};
}

struct EasyDeleter {
    void operator()(CURL* easy) const { curl_easy_cleanup(easy); }
};
struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

bool is_token_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

}  // namespace

HttpFetcher::HttpFetcher() = default;

HttpFetcher::~HttpFetcher() {
    if (void* multi = multi_.load()) {
        curl_multi_cleanup(static_cast<CURLM*>(multi));
    }
}

void* HttpFetcher::multi() {
    // Only fetch() calls this, on the owning thread, so nothing else ever
    // writes multi_: a plain check suffices, no once_flag.
    if (!multi_.load()) {
        init_curl_once();
        CURLM* multi = curl_multi_init();
        if (!multi) {
            std::abort();
        }
        multi_.store(multi);
    }
    return multi_.load();
}

void HttpFetcher::interrupt() {
    // Order matters: the flag first, then the wakeup, so that the woken loop
    // sees the flag. curl_multi_wakeup is documented as callable from any thread.
    // Before the first transfer there is no multi handle to wake; both stores
    // and loads are sequentially consistent, so either this sees the handle
    // fetch() made, or fetch() sees the flag at the top of its loop.
    interrupted_.store(true);
    if (void* multi = multi_.load()) {
        curl_multi_wakeup(static_cast<CURLM*>(multi));
    }
}

HttpResponse HttpFetcher::fetch(const HttpRequest& request) {
    HttpResponse response;
    auto* multi = static_cast<CURLM*>(this->multi());
    std::unique_ptr<CURL, EasyDeleter> easy(curl_easy_init());
    if (!easy) {
        response.curl_code = CURLE_OUT_OF_MEMORY;
        response.curl_error = curl_easy_strerror(CURLE_OUT_OF_MEMORY);
        return response;
    }
    CURL* e = easy.get();
    char error_buffer[CURL_ERROR_SIZE] = {};
    BodySink sink{&response.body, request.max_body_bytes};

    std::unique_ptr<curl_slist, SlistDeleter> headers;
    auto add_header = [&headers](const std::string& line) {
        curl_slist* grown = curl_slist_append(headers.get(), line.c_str());
        if (grown) {
            (void)headers.release();
            headers.reset(grown);
        }
    };
    for (const auto& line : request.headers) {
        add_header(line);
    }
    if (!request.if_none_match.empty()) {
        add_header("If-None-Match: " + request.if_none_match);
    }
    if (!request.if_modified_since.empty()) {
        add_header("If-Modified-Since: " + request.if_modified_since);
    }

    curl_easy_setopt(e, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    // Only http and https, for the first URL and for every redirect target, so
    // a redirect cannot lead to file://, ftp:// or anything else curl speaks.
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(request.connect_timeout.count() * 1000));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS,
                     static_cast<long>(request.total_timeout.count() * 1000));
    // No signals from curl (SIGALRM for DNS timeouts): we run in a worker thread.
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (request.ca_file) {
        curl_easy_setopt(e, CURLOPT_CAINFO, request.ca_file->c_str());
    }
    // libcurl drops a custom "Authorization:" header when a redirect leaves the
    // first host/port/scheme, so a bearer token does not follow a redirect to
    // another server (headers of other names would; docs/feed-client.md says so).
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(e, CURLOPT_USERAGENT, "signpost-kiosk/1");
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, write_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, error_buffer);
    // Refuses at once a body whose Content-Length is over the limit; the write
    // callback catches the rest (no length, chunked, or decompressed growth).
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.max_body_bytes));

    if (curl_multi_add_handle(multi, e) != CURLM_OK) {
        response.curl_code = CURLE_FAILED_INIT;
        response.curl_error = "cannot add the transfer to the multi handle";
        return response;
    }
    // Whatever way we leave, the easy handle leaves the multi handle first.
    struct Detach {
        CURLM* multi;
        CURL* easy;
        ~Detach() { curl_multi_remove_handle(multi, easy); }
    } detach{multi, e};

    CURLcode result = CURLE_OK;
    for (bool done = false; !done;) {
        if (interrupted_.load()) {
            response.kind = HttpResponse::Kind::interrupted;
            response.body.clear();
            return response;
        }
        int running = 0;
        CURLMcode mc = curl_multi_perform(multi, &running);
        if (mc == CURLM_OK && running > 0) {
            // Sleeps until a socket is ready, curl's own timer is due, or
            // interrupt() calls curl_multi_wakeup. The 1 s cap is only a backstop.
            mc = curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
        }
        if (mc != CURLM_OK) {
            response.curl_code = CURLE_FAILED_INIT;
            response.curl_error = std::string("curl multi: ") + curl_multi_strerror(mc);
            return response;
        }
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
            if (message->msg == CURLMSG_DONE && message->easy_handle == e) {
                result = message->data.result;
                done = true;
            }
        }
        if (!done && mc == CURLM_OK && running == 0 && queued == 0) {
            // Nothing running and no result: should not happen; do not spin.
            result = CURLE_FAILED_INIT;
            done = true;
        }
    }

    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    response.status = status;
    response.curl_code = result;
    if (result != CURLE_OK) {
        response.curl_error = error_buffer[0] ? error_buffer : curl_easy_strerror(result);
    }
    if (sink.too_large || result == CURLE_FILESIZE_EXCEEDED) {
        response.kind = HttpResponse::Kind::too_large;
    } else if (result != CURLE_OK) {
        response.kind = HttpResponse::Kind::transfer_error;
    } else if (status == 304) {
        response.kind = HttpResponse::Kind::not_modified;
    } else if (status >= 200 && status < 300) {
        response.kind = HttpResponse::Kind::ok;
        response.etag = final_header(e, "ETag");
        response.last_modified = final_header(e, "Last-Modified");
    } else {
        response.kind = HttpResponse::Kind::http_error;
    }
    if (response.kind != HttpResponse::Kind::ok) {
        response.body.clear();
    }
    return response;
}

FailureDescription describe_failure(const HttpResponse& response, size_t max_body_bytes) {
    using Kind = HttpResponse::Kind;
    switch (response.kind) {
        case Kind::http_error:
            return {"http-" + std::to_string(response.status),
                    "HTTP status " + std::to_string(response.status)};
        case Kind::too_large:
            return {"too-large", "body larger than the limit of " + std::to_string(max_body_bytes) +
                                     " bytes; rejected"};
        case Kind::interrupted:
            return {"interrupted", "transfer interrupted"};
        case Kind::ok:
        case Kind::not_modified:
            return {"", ""};
        case Kind::transfer_error:
            break;
    }
    std::string message = "curl error " + std::to_string(response.curl_code) + " (" +
                          curl_easy_strerror(static_cast<CURLcode>(response.curl_code)) + ")";
    if (!response.curl_error.empty()) {
        message += ": " + response.curl_error;
    }
    if (response.status != 0) {
        message += " (HTTP status " + std::to_string(response.status) + ")";
    }
    return {"curl-" + std::to_string(response.curl_code), message};
}

Result<std::vector<std::string>> read_header_file(const std::filesystem::path& path) {
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        return Error{path.string(), "cannot read the header file: " + bytes.error().what};
    }
    std::vector<std::string> lines;
    std::string_view text = *bytes;
    for (int number = 1; !text.empty(); ++number) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        while (!line.empty() &&
               (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            continue;
        }
        auto colon = line.find(':');
        bool valid = colon != std::string_view::npos && colon > 0;
        for (size_t i = 0; valid && i < colon; ++i) {
            valid = is_token_char(line[i]);
        }
        for (size_t i = colon + 1; valid && i < line.size(); ++i) {
            auto c = static_cast<unsigned char>(line[i]);
            valid = c == '\t' || (c >= 0x20 && c != 0x7f);
        }
        if (!valid) {
            // Never quote the line: it may hold the secret.
            return Error{path.string(),
                         "line " + std::to_string(number) + " is not a 'Name: value' header line"};
        }
        lines.emplace_back(line);
    }
    if (lines.empty()) {
        return Error{path.string(), "the header file has no header line"};
    }
    return lines;
}

}  // namespace signpost
