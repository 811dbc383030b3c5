package org.demandatlas.serve;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx serving a folder on a free port of 127.0.0.1, for comparison: tuned as a static server would be
 * (sendfile, no access log, keep-alive without a request limit, one worker per core), stopped on close.
 */
final class Nginx implements AutoCloseable {
    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Nginx start(Path site, Path work) throws IOException, InterruptedException {
        int port = freePort();
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, config(site.toRealPath(), work, port), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(Tools.require("nginx"), "-p", work.toString(), "-c", conf.toString(),
                "-e", work.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Nginx nginx = new Nginx(process, port);
        nginx.awaitListening(work);
        return nginx;
    }

    static String config(Path root, Path work, int port) {
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + "daemon off;\nworker_processes auto;\npid " + work.resolve("nginx.pid") + ";\n"
                + "events { worker_connections 4096; }\n"
                + "http {\n  include /etc/nginx/mime.types;\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n"
                + "  tcp_nodelay on;\n  keepalive_requests 10000000;\n"
                + "  client_body_temp_path " + work.resolve("body") + ";\n"
                + "  server {\n    listen 127.0.0.1:" + port + ";\n    root " + root + ";\n  }\n}\n";
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitListening(Path work) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IOException("nginx stopped: " + Files.readString(work.resolve("nginx.out")).strip());
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("nginx did not listen on port " + port + " within 5 s");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
