package dev.newsgraph.neo4j;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * newsgraph's local Neo4j Community server: one DBMS on a persistent home folder, with Bolt for
 * the driver and HTTP for Neo4j Browser, both on the loopback interface only.
 *
 * <p>Started by newsgraph's CLI ({@code newsgraph db start}) as a detached process; it runs until
 * it receives SIGTERM (or SIGINT), when a shutdown hook stops the DBMS cleanly so the next start
 * needs no recovery.
 *
 * <p>Authentication is disabled: the server only listens on a loopback address (the launcher
 * refuses anything else), so only processes on this machine can reach it, as with any local
 * development database. Usage reporting is off, as this machine may have no network.
 *
 * <p>Arguments (all optional, {@code --name=value}):
 * <pre>
 *   --home=DIR          Neo4j home: data/ and logs/ are created inside (default: current folder)
 *   --host=ADDRESS      loopback address to listen on (default 127.0.0.1)
 *   --bolt-port=N       Bolt port (default 7687)
 *   --http-port=N       HTTP port serving Neo4j Browser at /browser/ (default 7474); 0 disables HTTP
 *   --page-cache=SIZE   page cache, e.g. 256m or 1g (default 256m)
 * </pre>
 */
public final class LocalNeo4j {
    /** Printed once the DBMS is up; the CLI waits for Bolt to answer rather than for this line. */
    static final String READY_LINE = "newsgraph-neo4j: ready";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph-neo4j: " + e.getMessage());
            System.exit(2);
            return;
        }

        Log4jLogProvider userLog = new Log4jLogProvider(System.out, Level.INFO);
        DatabaseManagementService dbms = build(options, userLog);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("newsgraph-neo4j: stopping");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("newsgraph-neo4j: stopped");
                userLog.close();
                stopped.countDown();
            }
        }, "newsgraph-neo4j-shutdown"));

        String http = options.httpPort > 0
                ? " browser=http://" + options.host + ":" + options.httpPort + "/browser/"
                : "";
        System.out.println(READY_LINE + " bolt=bolt://" + options.host + ":" + options.boltPort + http);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService build(Options options, Log4jLogProvider userLog) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.home)
                .setUserLogProvider(userLog)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host, options.boltPort))
                .setConfig(HttpConnector.enabled, options.httpPort > 0)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                // A development database: keep little transaction history and do not reserve
                // log-file space up front, so an idle store stays small on disk.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Bolt's network threads otherwise wait 5 s for quiet twice after the databases
                // have already stopped, which only delays the exit (internal setting; the pom pins
                // the Neo4j version).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (options.httpPort > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(options.host, options.httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(options.host, options.httpPort));
        }
        return builder.build();
    }

    /** Parsed and validated command-line options. */
    static final class Options {
        Path home = Path.of(".").toAbsolutePath().normalize();
        String host = "127.0.0.1";
        int boltPort = 7687;
        int httpPort = 7474;
        long pageCacheBytes = 256L * 1024 * 1024;

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("expected --name=value, got: " + arg);
                }
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            Options options = new Options();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                String value = entry.getValue();
                switch (entry.getKey()) {
                    case "home" -> options.home = Path.of(value).toAbsolutePath().normalize();
                    case "host" -> options.host = value;
                    case "bolt-port" -> options.boltPort = port(value, false);
                    case "http-port" -> options.httpPort = port(value, true);
                    case "page-cache" -> options.pageCacheBytes = bytes(value);
                    default -> throw new IllegalArgumentException("unknown option --" + entry.getKey());
                }
            }
            requireLoopback(options.host);
            return options;
        }

        private static int port(String value, boolean zeroAllowed) {
            try {
                int port = Integer.parseInt(value);
                if (port < (zeroAllowed ? 0 : 1) || port > 65535) throw new NumberFormatException();
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port number: " + value);
            }
        }

        /** "256m", "1g", "512k" or a plain number of bytes. */
        static long bytes(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (!v.isEmpty() && "kmg".indexOf(v.charAt(v.length() - 1)) >= 0) {
                unit = switch (v.charAt(v.length() - 1)) {
                    case 'k' -> 1024L;
                    case 'm' -> 1024L * 1024;
                    default -> 1024L * 1024 * 1024;
                };
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v);
                if (n <= 0) throw new NumberFormatException();
                return n * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a size (e.g. 256m): " + value);
            }
        }

        /** With authentication off, only this machine may reach the server. */
        private static void requireLoopback(String host) {
            try {
                if (!InetAddress.getByName(host).isLoopbackAddress()) {
                    throw new IllegalArgumentException(
                            "refusing to listen on " + host + ": authentication is off, so only a loopback address is allowed");
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host: " + host);
            }
        }
    }
}
