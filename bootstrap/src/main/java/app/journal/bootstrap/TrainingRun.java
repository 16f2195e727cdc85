package app.journal.bootstrap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training start of scripts/journal-launch.sh ({@code journal.start.training-run=true}), which records the
 * JDK's ahead-of-time cache: once Journal is ready it sends itself the first requests a started node gets
 * (health and readiness, a page of the web UI, an API call without a token) and exits. So the cache also holds
 * the classes and method profiles of the web server's start and of a first request, which a training start that
 * stopped when the application context was refreshed never loaded (docs/decisions/0032-start-up.md).
 */
@Component
@ConditionalOnProperty(name = "journal.start.training-run", havingValue = "true")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    static final List<String> PATHS = List.of("/readyz", "/livez", "/actuator/health", "/", "/login",
            "/api/entries");

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        if (context instanceof WebServerApplicationContext web) {
            var host = context.getEnvironment().getProperty("server.address", "127.0.0.1");
            var base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + web.getWebServer().getPort();
            try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                for (var path : PATHS) {
                    request(http, base + path);
                }
            }
        }
        log.info("Training start done; exiting so that the ahead-of-time cache is written");
        System.exit(SpringApplication.exit(context));
    }

    private static void request(HttpClient http, String url) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            log.info("Training request {} failed ({}); the cache just holds less", url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
