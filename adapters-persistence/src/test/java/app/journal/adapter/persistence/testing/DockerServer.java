package app.journal.adapter.persistence.testing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL in a Testcontainers container, when there is a Docker engine. Every Testcontainers type
 * is touched only in {@link Container}, after checking that Testcontainers is on the classpath: a
 * module that uses {@link TestDatabase} without depending on Testcontainers still gets the
 * configured-server fallback instead of a {@link NoClassDefFoundError}.
 */
final class DockerServer {

    static final String IMAGE = "postgres:16-alpine";

    private DockerServer() {}

    static TestDatabase.@Nullable Server startIfAvailable(List<String> tried) {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, DockerServer.class.getClassLoader());
            Class.forName("org.testcontainers.postgresql.PostgreSQLContainer", false,
                    DockerServer.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            tried.add("Docker: Testcontainers (org.testcontainers:testcontainers-postgresql) is not on the test"
                    + " classpath");
            return null;
        }
        return Container.startIfDockerAvailable(tried);
    }

    private static final class Container {

        static TestDatabase.@Nullable Server startIfDockerAvailable(List<String> tried) {
            // Testcontainers caches this answer itself; TestDatabase asks only once per JVM anyway.
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                tried.add("Docker: Testcontainers found no reachable Docker engine (DOCKER_HOST,"
                        + " ~/.testcontainers.properties, /var/run/docker.sock)");
                return null;
            }
            var container = new PostgreSQLContainer(IMAGE);
            try {
                container.start();
            } catch (RuntimeException e) {
                tried.add("Docker: starting " + IMAGE + " failed: " + e.getMessage());
                container.stop();
                return null;
            }
            return new Running(container);
        }
    }

    private record Running(PostgreSQLContainer container) implements TestDatabase.Server {

        @Override
        public String description() {
            return IMAGE + " in Docker (" + container.getJdbcUrl() + ")";
        }

        @Override
        public String adminUrl() {
            return container.getJdbcUrl();
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public void stop() {
            try {
                container.stop();
            } catch (RuntimeException e) {
                // At exit Testcontainers' own reaper removes the container anyway.
            }
        }
    }
}
