package app.journal;

import app.journal.bootstrap.DatabaseCreator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Journal. Lives in the root package, above every module; the wiring itself is in
 * {@code app.journal.bootstrap}. Spring scans only the packages that hold components (the wiring, the
 * REST controllers and the web UI's few beans), not the domain, application and adapter classes, which
 * are wired by the configuration classes: each scan reads every class file of its packages at each
 * start (docs/decisions/0032-start-up.md). Vaadin scans the web UI's package only ({@code WebUiConfiguration}).
 */
@SpringBootApplication(scanBasePackages = {"app.journal.bootstrap", "app.journal.adapter.rest", "app.journal.webui"})
@ConfigurationPropertiesScan("app.journal.bootstrap")
public class JournalApplication {

    public static void main(String[] args) {
        var app = new SpringApplication(JournalApplication.class);
        app.addListeners(new DatabaseCreator());
        app.run(args);
    }
}
