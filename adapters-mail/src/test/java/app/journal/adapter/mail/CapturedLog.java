package app.journal.adapter.mail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Everything logged through logback (every logger, from every thread) while it is open. */
final class CapturedLog implements AutoCloseable {

    private final Logger root;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    static CapturedLog start() {
        return new CapturedLog();
    }

    List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** Formatted messages at {@code level} or above, each followed by the messages of its exception chain. */
    List<String> linesAtOrAbove(Level level) {
        return events().stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(level))
                .map(CapturedLog::render)
                .toList();
    }

    /** Every line captured, whatever its level. */
    String all() {
        return events().stream().map(CapturedLog::render).collect(Collectors.joining("\n"));
    }

    /** Every line captured from loggers whose name starts with {@code prefix}, whatever its level. */
    String allFrom(String prefix) {
        return events().stream()
                .filter(event -> event.getLoggerName().startsWith(prefix))
                .map(CapturedLog::render)
                .collect(Collectors.joining("\n"));
    }

    private static String render(ILoggingEvent event) {
        StringBuilder out = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                .append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            out.append("\n  ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return out.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
