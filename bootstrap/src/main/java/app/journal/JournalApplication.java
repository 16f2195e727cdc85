package app.journal;

import app.journal.bootstrap.DatabaseCreator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Journal. Lives in the root package so that component scanning and Vaadin's route discovery see
 * every module; the wiring itself is in {@code app.journal.bootstrap}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JournalApplication {

    public static void main(String[] args) {
        var app = new SpringApplication(JournalApplication.class);
        app.addListeners(new DatabaseCreator());
        app.run(args);
    }
}
