#include "test_servers.h"

#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace signpost::test {
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (size_t pos = text.find(from); pos != std::string::npos;
         pos = text.find(from, pos + to.size())) {
        text.replace(pos, from.size(), to);
    }
    return text;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

// Servers are asked to stop (SIGTERM), so nginx's master takes its workers along.
ChildOptions server_options(ChildOptions::Output output) {
    ChildOptions options;
    options.output = output;
    options.stop_signal = SIGTERM;
    return options;
}

}  // namespace

FaultServer::FaultServer() {
    const std::string script = std::string(SIGNPOST_SOURCE_DIR) + "/tests/net/fault_server.py";
    process_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{"/usr/bin/python3", script, net_data("feed-a.json").string(),
                                 net_data("feed-b.json").string()},
        server_options(ChildOptions::Output::capture_stdout));
    auto line = process_->read_line(10s);
    if (!line || !line->starts_with("PORT ")) {
        throw std::runtime_error("fault_server.py did not start");
    }
    port_ = std::stoi(line->substr(5));
}

std::string FaultServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

void FaultServer::set_mode(const std::string& mode) {
    if (http_get(url("/_mode/" + mode)) != "ok") {
        throw std::runtime_error("fault server did not take mode " + mode);
    }
}

int FaultServer::feed_requests() {
    return std::stoi(http_get(url("/_count")));
}

NginxServer::NginxServer(const fs::path& dir, const std::string& http_block, int ports)
    : dir_(dir) {
    for (const char* sub : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
        fs::create_directories(dir_ / "tmp" / sub);
    }
    // A port picked here may be taken by someone else before nginx binds it:
    // then nginx exits at once and we try again with new ports.
    for (int attempt = 0; attempt < 5; ++attempt) {
        ports_.clear();
        std::string block = replace_all(http_block, "@DIR@", dir_.string());
        for (int i = 0; i < ports; ++i) {
            ports_.push_back(free_port());
            block = replace_all(block, "@PORT" + std::to_string(i) + "@",
                                std::to_string(ports_.back()));
        }
        const std::string d = dir_.string();
        std::string conf =
            "daemon off;\nmaster_process off;\nworker_processes 1;\n"
            "pid " +
            d + "/nginx.pid;\nerror_log " + d +
            "/error.log info;\n"
            "events { worker_connections 64; }\n"
            "http {\n"
            "  log_format feedlog '$status $request_method $request_uri "
            "inm=\"$http_if_none_match\" ims=\"$http_if_modified_since\" "
            "ae=\"$http_accept_encoding\" ce=\"$sent_http_content_encoding\" "
            "bytes=$body_bytes_sent au=\"$http_authorization\"';\n"
            "  access_log " +
            d +
            "/access.log feedlog;\n"
            "  client_body_temp_path " +
            d +
            "/tmp/client_body;\n"
            "  proxy_temp_path " +
            d +
            "/tmp/proxy;\n"
            "  fastcgi_temp_path " +
            d +
            "/tmp/fastcgi;\n"
            "  uwsgi_temp_path " +
            d +
            "/tmp/uwsgi;\n"
            "  scgi_temp_path " +
            d +
            "/tmp/scgi;\n"
            "  types { application/json json; text/html html; }\n"
            "  default_type application/octet-stream;\n"
            "  absolute_redirect off;\n" +
            block + "\n}\n";
        write_file(dir_ / "nginx.conf", conf);
        process_ = std::make_unique<ChildProcess>(
            std::vector<std::string>{"/usr/sbin/nginx", "-p", d, "-c", d + "/nginx.conf", "-e",
                                     d + "/error.log"},
            server_options(ChildOptions::Output::inherit));
        bool up = true;
        for (int port : ports_) {
            up = up && wait_for_port(port, 5s);
        }
        if (up && process_->running()) {
            return;
        }
        process_->stop();
    }
    throw std::runtime_error("nginx did not start: " + error_log());
}

NginxServer::~NginxServer() {
    if (process_) {
        process_->stop();
    }
}

std::vector<std::string> NginxServer::access_log() const {
    return lines_of(read_file(dir_ / "access.log"));
}

std::vector<std::string> NginxServer::requests_for(const std::string& path, size_t count) const {
    std::vector<std::string> lines;
    for (int i = 0; i < 500; ++i) {
        lines.clear();
        for (const auto& line : access_log()) {
            if (line.find(" GET " + path + " ") != std::string::npos) {
                lines.push_back(line);
            }
        }
        if (lines.size() >= count) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return lines;
}

std::string NginxServer::error_log() const {
    return read_file(dir_ / "error.log");
}

void make_test_certificates(const fs::path& dir) {
    const std::string d = dir.string() + "/";
    const std::string openssl = "/usr/bin/openssl";
    auto run = [&](const std::vector<std::string>& argv) {
        if (run_command(argv, d + "openssl.log") != 0) {
            std::string line;
            for (const auto& a : argv) {
                line += a + " ";
            }
            throw std::runtime_error("failed: " + line + "\n" + read_file(d + "openssl.log"));
        }
    };
    // EC keys: quick to generate, so every test run makes fresh ones.
    run({openssl,
         "req",
         "-x509",
         "-newkey",
         "ec",
         "-pkeyopt",
         "ec_paramgen_curve:prime256v1",
         "-nodes",
         "-keyout",
         d + "ca.key",
         "-out",
         d + "ca.pem",
         "-days",
         "2",
         "-subj",
         "/CN=Signpost Test CA",
         "-addext",
         "basicConstraints=critical,CA:TRUE",
         "-addext",
         "keyUsage=critical,keyCertSign,cRLSign"});
    for (const auto& [name, san] :
         {std::pair<std::string, std::string>{"good", "IP:127.0.0.1,DNS:localhost"},
          {"wrong", "DNS:wrong.example"}}) {
        write_file(dir / (name + ".ext"),
                   "subjectAltName=" + san +
                       "\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
                       "extendedKeyUsage=serverAuth\n");
        run({openssl, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", d + name + ".key", "-out", d + name + ".csr", "-subj", "/CN=" + name});
        run({openssl, "x509", "-req", "-in", d + name + ".csr", "-CA", d + "ca.pem", "-CAkey",
             d + "ca.key", "-CAcreateserial", "-out", d + name + ".pem", "-days", "2", "-extfile",
             d + name + ".ext"});
    }
}

}  // namespace signpost::test
