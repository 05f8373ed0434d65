package io.parallax.cli;

import io.parallax.app.Engine;
import io.parallax.server.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code parallax serve}: the JSON API and web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and web UI over a store.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Engine engine = store.openExisting();
        serveUntilStopped(engine, server, spec.commandLine().getOut());
        return Cli.OK;
    }

    /** Starts the server, prints its URL, and blocks until the process is interrupted. */
    static void serveUntilStopped(Engine engine, ServerOptions options, PrintWriter out) throws InterruptedException {
        ApiServer api = options.start(engine);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.close();
            try {
                engine.close();
            } catch (java.io.IOException ignored) {
                // the process is ending; the store's last commit is already durable
            }
            stopped.countDown();
        }, "parallax-shutdown"));
        out.println("Parallax is serving " + engine.view().documents().size() + " documents at " + api.url());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
    }

    /** {@code --host} and {@code --port}. */
    public static final class ServerOptions {

        @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "Interface to bind (default ${DEFAULT-VALUE}: this machine only).")
        String host;

        @Option(names = "--write-token", paramLabel = "TOKEN",
                description = "Require 'Authorization: Bearer TOKEN' for entity corrections through the API "
                        + "(default $PARALLAX_WRITE_TOKEN; without one, corrections are accepted only on loopback).")
        String writeToken;

        ApiServer start(Engine engine) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
            }
            String token = writeToken != null ? writeToken : System.getenv("PARALLAX_WRITE_TOKEN");
            return ApiServer.start(engine, host, port, token == null || token.isBlank() ? null : token);
        }
    }
}
