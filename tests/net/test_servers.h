// The servers the feed client tests talk to, all on 127.0.0.1, started by the
// tests and stopped (SIGTERM, then SIGKILL) when the object goes away.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "test_support.h"

namespace signpost::test {

// tests/net/fault_server.py serving feed-a.json / feed-b.json; see its header
// for the modes.
class FaultServer {
  public:
    FaultServer();
    std::string url(const std::string& path = "/feed") const;
    void set_mode(const std::string& mode);
    int feed_requests();  // requests /feed has received

  private:
    std::unique_ptr<ChildProcess> process_;
    int port_ = 0;
};

// Debian's nginx, non-daemon and single-process, with everything (config, pid,
// logs, temp folders) under `dir`. `http_block` is the inside of the http {}
// block; "@PORT0@", "@PORT1@", ... become free ports and "@DIR@" the folder.
// The access log (dir/access.log) uses the "feedlog" format:
//   status method uri inm="If-None-Match" ims="If-Modified-Since" ae="Accept-Encoding"
//   ce="Content-Encoding sent" bytes=body bytes sent au="Authorization" (test tokens only)
class NginxServer {
  public:
    NginxServer(const std::filesystem::path& dir, const std::string& http_block, int ports);
    ~NginxServer();
    int port(int i) const { return ports_.at(static_cast<size_t>(i)); }
    std::vector<std::string> access_log() const;
    // The access-log lines for GET `path`, in order, once there are `count` of
    // them (or after 5 s): nginx writes a line just after the response, so the
    // log may lag a moment behind what the client saw.
    std::vector<std::string> requests_for(const std::string& path, size_t count) const;
    std::string error_log() const;

  private:
    std::filesystem::path dir_;
    std::vector<int> ports_;
    std::unique_ptr<ChildProcess> process_;
};

// Makes a test CA and server certificates with the openssl command line:
// ca.pem/ca.key, good.pem/good.key (for IP 127.0.0.1 and localhost),
// wrong.pem/wrong.key (for wrong.example only), all signed by the CA.
void make_test_certificates(const std::filesystem::path& dir);

}  // namespace signpost::test
